package paiban.spec;

/**
 * The page and its grid, in points. The type area is a whole number of base columns of whole body characters
 * with whole-character gutters, and a whole number of lines on one baseline grid (typesetting-zh.md §5).
 */
public record PageGeometry(
        float trimWidth,
        float trimHeight,
        float bleed,
        float marginTop,
        int columns,
        int columnChars,
        int gutterChars,
        float bodySize,
        float linePitch,
        int lines) {

    public float columnWidth() {
        return columnChars * bodySize;
    }

    public float gutter() {
        return gutterChars * bodySize;
    }

    public float typeAreaWidth() {
        return columns * columnWidth() + (columns - 1) * gutter();
    }

    /** The type area is centred across the trim. */
    public float marginLeft() {
        return (trimWidth - typeAreaWidth()) / 2f;
    }

    /** Height of n grid lines: n pitches less the gap under the last line (typesetting-zh.md §5.2). */
    public float typeAreaHeight() {
        return lines * linePitch;
    }

    /** Width of a module spanning {@code span} base columns, gutters included. */
    public float spanWidth(int span) {
        return span * columnWidth() + (span - 1) * gutter();
    }

    /** x of the left edge of base column {@code col} (0-based) from the type area's left edge. */
    public float columnX(int col) {
        return col * (columnWidth() + gutter());
    }
}
