package paiban.galley;

import java.util.List;
import paiban.spec.Role;

/**
 * A headline block (column tag, kicker, headline, subtitle) set across a module. {@code height} is the height of
 * its content in pt; {@code gridLines} the whole grid lines it takes so the text under it lands back on the grid.
 * An article whose head is set vertically ({@code head: vertical}) has no lines across the module (a box's top line
 * at most) and its head in {@code vertical}, the strip at the module's right; null otherwise.
 */
public record HeadBlock(List<SetLine> lines, float height, int gridLines, VerticalHead vertical) {
    public HeadBlock {
        lines = List.copyOf(lines);
    }

    public HeadBlock(List<SetLine> lines, float height, int gridLines) {
        this(lines, height, gridLines, null);
    }

    /** The lines whose baseline lies within {@code room} pt of the block's top: those a clipped module can show. */
    public List<SetLine> within(float room) {
        return lines.stream().filter(l -> l.baseline() <= room + 1e-3f).toList();
    }

    /** Body lines the vertical head is long (the least body height beside it); 0 without one. */
    public int verticalLines() {
        return vertical == null ? 0 : vertical.gridLines();
    }

    /** The size of the headline proper (not kicker or subtitle), in pt; 0 for a block without one (a vertical head). */
    public float headlineSize() {
        float size = 0;
        for (SetLine l : lines) {
            if ((l.role() == Role.HEADLINE || l.role() == Role.LEAD_HEADLINE) && !l.line().glyphs().isEmpty()) {
                size = Math.max(size, l.line().glyphs().get(0).size());
            }
        }
        return size;
    }
}
