package paiban.reading;

import java.util.List;
import paiban.page.Tag;
import paiban.page.TextMark;
import paiban.spec.Cmyk;
import paiban.text.Line;
import paiban.text.PlacedGlyph;
import paiban.text.TextStyle;

/**
 * An invisible mark along a rule between two modules (a band's, or one between stacked articles), for text
 * extractors that find the reading order from the page's geometry alone (poppler's pdftotext and the tools built on
 * it).
 *
 * <p>Such an extractor reads a block before another when their columns overlap and it stands higher, or when it
 * stands wholly to the left and no block spanning both lies between them. A module's third leg therefore comes
 * before the article under it, which comes before the module's fourth leg (it stands to the left), and a
 * paragraph running from the third leg into the fourth is read in two pieces with another article between them.
 * Worse, poppler takes four blocks whose edges line up, two side by side over two side by side, for the cells of a
 * table and reads them row by row: the columns of two bands set on one grid are such blocks. A block as wide as the
 * rule between them is read after everything above it and before everything below it, and no column above it has
 * a column straight under it. This mark is that block: two ideographic spaces (no ink), one at each end of the rule,
 * in one span, at a size no neighbour has, read as a zero-width space (a format character that text comparison and
 * search ignore), and an artifact outside the document's structure tree.
 */
final class ReadingBreak {

    /** Small enough to sit inside the gap line, and far from every text size so it stays a block of its own. */
    static final float SIZE = 3f;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;
    static final String READ_AS = "\u200B";

    private ReadingBreak() {
    }

    /** The mark centred on {@code y}, from {@code x} over {@code width} pt; null when no face has the space. */
    static TextMark across(TextStyle style, float x, float width, float y) {
        return line(style, SIZE, x, width, y);
    }

    /**
     * An invisible line of {@code size} pt centred on {@code y}, from {@code x} over {@code width} pt: two spaces,
     * one at each end, in one span, so an extractor takes the whole width as the box of one word; null when no face
     * has the space.
     */
    static TextMark line(TextStyle style, float size, float x, float width, float y) {
        if (!style.face().covers(IDEOGRAPHIC_SPACE)) {
            return null;
        }
        int gid = style.face().glyphId(IDEOGRAPHIC_SPACE);
        float advance = style.face().advance(gid) * size / style.face().unitsPerEm();
        PlacedGlyph first = new PlacedGlyph(style.face(), size, gid, "\u3000", 0, advance);
        List<PlacedGlyph> glyphs = width <= 2 * advance ? List.of(first)
                : List.of(first, new PlacedGlyph(style.face(), size, gid, "\u3000", width - advance, advance));
        float w = Math.max(width, advance);
        // an extractor takes the span's box from its first glyph's start to its last one's end
        Line line = new Line(glyphs, w, w, true);
        // baseline a little under the middle, so the glyphs' box (ascent over descent) is centred on y
        return new TextMark(line, x, y + size * (float) style.face().centreToBaseline(), Cmyk.BLACK, Tag.ARTIFACT,
                READ_AS);
    }
}
