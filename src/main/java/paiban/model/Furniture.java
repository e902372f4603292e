package paiban.model;

/**
 * How an article is dressed on the page, beyond its text: a reversed headline ({@code head: reverse}, 反白: white
 * type on a solid bar) and the box it stands in ({@code box: NAME}, a box style the layout names; null: none).
 */
public record Furniture(boolean reverseHead, String box) {
    /** An article dressed plainly: a headline in its colour on the paper, no box. */
    public static final Furniture NONE = new Furniture(false, null);

    public boolean boxed() {
        return box != null;
    }
}
