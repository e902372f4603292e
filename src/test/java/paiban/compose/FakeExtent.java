package paiban.compose;

/** An article's extent without fonts: fixed headline and body lines, optional photo. */
record FakeExtent(int headlineLines, int bodyLines, double photoAspect, int captions) implements ArticleExtent {

    static FakeExtent text(int headline, int body) {
        return new FakeExtent(headline, body, 0, 0);
    }

    @Override
    public int captionLines(int photoSpan) {
        return captions;
    }
}
