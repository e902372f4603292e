package paiban.galley;

import java.util.List;

/**
 * A headline set top to bottom (竖排) in a strip at the module's right, beside its text. Each of the module's
 * columns gives the strip {@code share} pt of its width, so the body is set {@code share} narrower and the strip is
 * {@code span × share} wide, the gap between it and the body included. Its lines read right to left, the first at
 * the right. {@code gridLines} is how many body lines it is long: its longest headline line ends on the em box of
 * the last of them, and the module is at least that tall.
 */
public record VerticalHead(List<VerticalSetLine> lines, float share, float width, int gridLines) {
    public VerticalHead {
        lines = List.copyOf(lines);
    }
}
