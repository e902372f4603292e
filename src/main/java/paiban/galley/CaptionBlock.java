package paiban.galley;

import java.util.List;

/** The captions of an article's photos set at one photo width, and the grid lines they take. */
public record CaptionBlock(List<SetLine> lines, int gridLines) {
    public CaptionBlock {
        lines = List.copyOf(lines);
    }

    /** The lines whose baseline lies within {@code room} pt of the block's top: those a clipped module can show. */
    public List<SetLine> within(float room) {
        return lines.stream().filter(l -> l.baseline() <= room + 1e-3f).toList();
    }
}
