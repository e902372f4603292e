package paiban.text;

import java.util.List;

/**
 * One set line: its glyphs at final positions, the measure it was set to, the width its content takes, and
 * whether it ends a paragraph (such lines are not justified).
 */
public record Line(List<PlacedGlyph> glyphs, float measure, float width, boolean paragraphEnd) {
    /** The text of the hyphen a hyphenated word shows at a line end: a soft hyphen, no character of the source. */
    public static final String SOFT_HYPHEN = "\u00AD";

    public Line {
        glyphs = List.copyOf(glyphs);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PlacedGlyph g : glyphs) {
            sb.append(g.text());
        }
        return sb.toString();
    }
}
