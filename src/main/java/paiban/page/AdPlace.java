package paiban.page;

import paiban.model.AdSlot;

/**
 * Where a booked advertisement block stands on its page: its box in points on the trim (y down), and for a block in
 * the body area its cells on the grid (columns {@code col … col+span-1}, grid lines {@code line … line+lines-1}
 * counted from the type area's top). A 报眼 stands in the masthead, beside the paper's name, and books no cells
 * ({@code span} and {@code lines} are 0).
 */
public record AdPlace(AdSlot slot, float x, float y, float width, float height, int col, int line, int span,
                      int lines) {

    /** Whether the block takes cells of the body area (every kind but the 报眼). */
    public boolean inBody() {
        return slot.kind() != AdSlot.Kind.EAR;
    }

    /** Whether it spans the page's full width at the foot: it only shortens the body area. */
    public boolean fullWidthFoot(int columns) {
        return inBody() && !slot.kind().top() && span == columns;
    }

    /** Whether its cells and {@code other}'s share any. */
    boolean overlaps(AdPlace other) {
        if (!inBody() || !other.inBody()) {
            return !inBody() && !other.inBody();
        }
        return col < other.col + other.span && other.col < col + span
                && line < other.line + other.lines && other.line < line + lines;
    }
}
