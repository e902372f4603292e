package paiban.compose;

/**
 * What the page maker needs to know of an article set at one span, in grid units only: how many grid lines its
 * headline block takes, how many body lines its text makes at the column width of that span, and its photo.
 * The typesetter answers; tests answer with fakes.
 */
public interface ArticleExtent {

    /** Grid lines of the headline block across the module (kicker, headline, subtitle, column tag, space). */
    int headlineLines();

    /**
     * Body lines a head set top to bottom beside the text is long ({@code head: vertical}): the module's body is at
     * least that tall; 0 when the head stands across the module.
     */
    default int verticalHeadLines() {
        return 0;
    }

    /** Body lines of the text flow at the base column width, dateline and byline included. */
    int bodyLines();

    /** Width over height of the article's photo area, or 0 when the article has no photo. */
    double photoAspect();

    /** Grid lines the captions take under a photo that spans {@code photoSpan} base columns. */
    int captionLines(int photoSpan);

    /** Whether body line {@code index} is a paragraph's last line with more of it before: a column must not start with it (孤行). */
    default boolean widow(int index) {
        return false;
    }

    /**
     * Points of the photo slot's height that show no picture: the air of the gap line under it, and the space
     * between stacked photos. The picture is the slot less this, so the crop limit is kept on what is printed.
     */
    default double photoAir() {
        return 0;
    }

    /**
     * The widths, in columns, the photo slot may take in a module {@code span} columns wide, narrowest first; empty
     * when the photo cannot stand in such a module ({@link PhotoLimits}).
     */
    default int[] photoSpans(int span) {
        return hasPhoto() ? photoLimits().spans(span) : new int[] {0};
    }

    /** What the desk and the kind of photo allow the photo slot; {@link PhotoLimits#FREE} by default. */
    default PhotoLimits photoLimits() {
        return PhotoLimits.FREE;
    }

    default boolean hasPhoto() {
        return photoAspect() > 0;
    }
}
