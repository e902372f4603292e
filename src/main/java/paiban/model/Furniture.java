package paiban.model;

/**
 * How an article is dressed on the page, beyond its text: a reversed headline ({@code head: reverse}, 反白: white
 * type on a solid bar), a vertical headline ({@code head: vertical}, 竖排: set top to bottom in a strip at the
 * module's right, beside the text), the box it stands in ({@code box: NAME}, a box style the layout names; null:
 * none) and whether its body is a list or a poem ({@code lines: kept}: every source line a printed line, all flush
 * left, the first too, with no paragraph indent).
 */
public record Furniture(boolean reverseHead, String box, boolean verticalHead, boolean keptLines) {
    /** An article dressed plainly: a headline in its colour on the paper, no box. */
    public static final Furniture NONE = new Furniture(false, null, false, false);

    /** A dress whose body is set as paragraphs. */
    public Furniture(boolean reverseHead, String box, boolean verticalHead) {
        this(reverseHead, box, verticalHead, false);
    }

    /** A head set across the module, reversed or not. */
    public Furniture(boolean reverseHead, String box) {
        this(reverseHead, box, false, false);
    }

    public boolean boxed() {
        return box != null;
    }

    /** The word {@code head:} takes for this dress, or null for a plain head. */
    public String headWord() {
        return reverseHead ? "reverse" : verticalHead ? "vertical" : null;
    }
}
