package paiban.galley;

import java.util.List;

/** The captions of an article's photos set at one photo width, and the grid lines they take. */
public record CaptionBlock(List<SetLine> lines, int gridLines) {
    public CaptionBlock {
        lines = List.copyOf(lines);
    }
}
