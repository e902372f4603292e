package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of display type set top to bottom (竖排): its glyphs, how far down the column it reaches ({@code length},
 * pt), its size (the column's width: one em) and the text it stands for, spaces included, in reading order.
 */
public record VerticalLine(List<VerticalGlyph> glyphs, float length, float size, String text, int cells) {

    public VerticalLine {
        glyphs = List.copyOf(glyphs);
    }

    /**
     * The same line with its cells spread evenly so that it reaches {@code target} pt down (as long as it was when
     * that is no longer): a head's longest line ends on a grid line.
     */
    public VerticalLine spreadTo(float target) {
        if (target <= length || cells < 2) {
            return this;
        }
        float step = (target - length) / (cells - 1);
        List<VerticalGlyph> out = new ArrayList<>(glyphs.size());
        for (VerticalGlyph g : glyphs) {
            out.add(g.lowered(g.cell() * step));
        }
        return new VerticalLine(out, target, size, text, cells);
    }

    /** The glyphs as a horizontal line, for what does not care where they stand: fonts, coverage. */
    public Line asLine() {
        List<PlacedGlyph> placed = new ArrayList<>(glyphs.size());
        for (VerticalGlyph g : glyphs) {
            placed.add(g.glyph());
        }
        return new Line(placed, length, length, true);
    }
}
