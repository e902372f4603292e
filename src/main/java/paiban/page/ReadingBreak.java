package paiban.page;

import java.util.List;
import paiban.spec.Cmyk;
import paiban.text.Line;
import paiban.text.PlacedGlyph;
import paiban.text.TextStyle;

/**
 * An invisible mark on the gap line between two bands of modules, for text extractors that find the reading order
 * from the page's geometry alone (poppler's pdftotext and the tools built on it).
 *
 * <p>Such an extractor reads a block before another when their columns overlap and it stands higher, or when it
 * stands wholly to the left and no block spanning both lies between them. A module's third leg therefore comes
 * before the article under it, which comes before the module's fourth leg (it stands to the left), and a
 * paragraph running from the third leg into the fourth is read in two pieces with another article between them.
 * A block alone on its line is widened across everything below it; one on the gap line between two bands spans
 * the page, so every block above it is read before it and every block below after it. This mark is that block:
 * one ideographic space (no ink) at a size no neighbour has, read as a zero-width space (a format character that
 * text comparison and search ignore), and an artifact outside the document's structure tree.
 */
final class ReadingBreak {

    /** Small enough to sit inside the gap line, and far from every text size so it stays a block of its own. */
    static final float SIZE = 3f;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;
    static final String READ_AS = "\u200B";

    private ReadingBreak() {
    }

    /** The mark centred on {@code y}, at the left edge {@code x} of the type area; null when no face has the space. */
    static TextMark at(TextStyle style, float x, float y) {
        if (!style.face().covers(IDEOGRAPHIC_SPACE)) {
            return null;
        }
        int gid = style.face().glyphId(IDEOGRAPHIC_SPACE);
        float advance = style.face().advance(gid) * SIZE / style.face().unitsPerEm();
        Line line = new Line(List.of(new PlacedGlyph(style.face(), SIZE, gid, "\u3000", 0, advance)), advance, advance,
                true);
        // baseline a little under the middle, so the glyph's box (ascent over descent) is centred on y
        return new TextMark(line, x, y + SIZE * 0.38f, Cmyk.BLACK, Tag.ARTIFACT, READ_AS);
    }
}
