package paiban.galley;

import java.util.List;

/**
 * A headline block (column tag, kicker, headline, subtitle) set across a module. {@code height} is the height of
 * its content in pt; {@code gridLines} the whole grid lines it takes so the text under it lands back on the grid.
 */
public record HeadBlock(List<SetLine> lines, float height, int gridLines) {
    public HeadBlock {
        lines = List.copyOf(lines);
    }

    /** The lines whose baseline lies within {@code room} pt of the block's top: those a clipped module can show. */
    public List<SetLine> within(float room) {
        return lines.stream().filter(l -> l.baseline() <= room + 1e-3f).toList();
    }
}
