package paiban.compose;

/** An article whose headline block is set across its whole band: the body's extent with the banner's depth. */
record BannerExtent(ArticleExtent body, int headlineLines) implements ArticleExtent {

    @Override
    public int bodyLines() {
        return body.bodyLines();
    }

    @Override
    public double photoAspect() {
        return body.photoAspect();
    }

    @Override
    public int captionLines(int photoSpan) {
        return body.captionLines(photoSpan);
    }
}
