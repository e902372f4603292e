package paiban.page;

import paiban.spec.PageGeometry;

/**
 * Grid units to points on the trim (y down): a column's left edge, a grid line's top, a span's width. The page
 * assembler places a plan's parts by it, and later passes over the drawing find them by it.
 */
public record GridPoints(PageGeometry geometry) {

    /** The left edge of base column {@code col}. */
    public float colX(int col) {
        return geometry.marginLeft() + geometry.columnX(col);
    }

    /** The top of grid line {@code line}. */
    public float lineTop(int line) {
        return geometry.marginTop() + line * geometry.linePitch();
    }

    /** The width of {@code span} columns and the gutters between them. */
    public float spanWidth(int span) {
        return geometry.spanWidth(span);
    }

    /** The space between one body line's type and the next: the pitch less the body size. */
    public float gap() {
        return geometry.linePitch() - geometry.bodySize();
    }
}
