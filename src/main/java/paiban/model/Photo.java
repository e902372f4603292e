package paiban.model;

/**
 * A photo with its caption. {@code path} is as written (relative to the issue file); {@code aspect} is width over
 * height when the writer stated one (used for the placeholder when the file does not exist), else null;
 * {@code size} the size the desk gave it, else null; {@code headShot} whether it is marked as a head shot (头像),
 * which stands one column wide at most.
 */
public record Photo(String caption, String path, Double aspect, PhotoSize size, boolean headShot, SourcePos pos)
        implements Block {

    /** Photos without a stated aspect are shown as 3:2 landscape. */
    public static final double DEFAULT_ASPECT = 1.5;
    /** The widest a head shot stands, in columns: a face over more reads as a poster. */
    public static final int HEAD_SHOT_COLUMNS = 1;

    /** A photo the desk gave no size and no kind. */
    public Photo(String caption, String path, Double aspect, SourcePos pos) {
        this(caption, path, aspect, null, false, pos);
    }

    /** The width over height the page shows: the stated aspect, else {@link #DEFAULT_ASPECT}. */
    public double shownAspect() {
        return aspect == null ? DEFAULT_ASPECT : aspect;
    }

    /** The same photo with its aspect known (from its file). */
    public Photo withAspect(double known) {
        return new Photo(caption, path, known, size, headShot, pos);
    }
}
