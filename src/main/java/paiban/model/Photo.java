package paiban.model;

/**
 * A photo with its caption. {@code path} is as written (relative to the issue file); {@code aspect} is width over
 * height when the writer stated one (used for the placeholder when the file does not exist), else null.
 */
public record Photo(String caption, String path, Double aspect, SourcePos pos) implements Block {

    /** Photos without a stated aspect are shown as 3:2 landscape. */
    public static final double DEFAULT_ASPECT = 1.5;

    /** The width over height the page shows: the stated aspect, else {@link #DEFAULT_ASPECT}. */
    public double shownAspect() {
        return aspect == null ? DEFAULT_ASPECT : aspect;
    }
}
