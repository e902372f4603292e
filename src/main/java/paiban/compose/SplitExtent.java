package paiban.compose;

/**
 * An article whose headline block is set at another width than its body's module: a banner across the whole band,
 * or an inset headline beside a column of text. The body's extent with that headline's depth.
 */
record SplitExtent(ArticleExtent body, int headlineLines) implements ArticleExtent {

    @Override
    public int verticalHeadLines() {
        return body.verticalHeadLines();
    }

    @Override
    public int bodyLines() {
        return body.bodyLines();
    }

    @Override
    public boolean widow(int index) {
        return body.widow(index);
    }

    @Override
    public double photoAspect() {
        return body.photoAspect();
    }

    @Override
    public int captionLines(int photoSpan) {
        return body.captionLines(photoSpan);
    }

    @Override
    public double photoAir() {
        return body.photoAir();
    }

    @Override
    public PhotoLimits photoLimits() {
        return body.photoLimits();
    }
}
