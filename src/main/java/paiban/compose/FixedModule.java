package paiban.compose;

/**
 * What the desk fixed of an article's module by hand: its height in grid lines ({@code lines}, 0 when the page maker
 * chooses; the width is the article's span pin) and its top-left corner ({@code col} and {@code line} from the body
 * area's top-left, counted from 0; -1 when the page maker chooses). The page maker fills the page around it.
 */
public record FixedModule(int col, int line, int lines) {

    /** Nothing fixed. */
    public static final FixedModule FREE = new FixedModule(-1, -1, 0);

    public boolean anchored() {
        return col >= 0;
    }

    public boolean sized() {
        return lines > 0;
    }
}
