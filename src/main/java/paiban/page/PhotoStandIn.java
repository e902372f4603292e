package paiban.page;

import java.util.List;
import paiban.spec.Cmyk;
import paiban.text.Line;
import paiban.text.PlacedGlyph;
import paiban.text.TextStyle;

/**
 * An invisible text block over a photo's box, for text extractors that see only text and order it by geometry
 * (poppler's pdftotext and the tools built on it).
 *
 * <p>To such an extractor a photo is empty paper. A block beside empty paper is widened across it when text lies
 * under it there, so the headline of the article beside a photo at the foot of its module came to stand over the
 * columns under the photo, in the next module, and was read in the middle of them. Over the photo's box stands
 * this block: two ideographic spaces (no ink) as tall as the photo, at its left edge and ending at its right, in
 * one span read as a zero-width space. An artifact, outside the document's structure tree.
 */
final class PhotoStandIn {

    private static final int IDEOGRAPHIC_SPACE = 0x3000;

    private PhotoStandIn() {
    }

    /** The block over the box at ({@code x}, {@code top}), {@code w} × {@code h} pt; null when no face has the space. */
    static TextMark over(TextStyle style, float x, float top, float w, float h) {
        if (!style.face().covers(IDEOGRAPHIC_SPACE) || w <= 0 || h <= 0) {
            return null;
        }
        int gid = style.face().glyphId(IDEOGRAPHIC_SPACE);
        // an extractor's box of a glyph runs from the font's ascent above the baseline to its descent below (0.88
        // and 0.12 em in the Noto CJK faces): a glyph the box's height, its baseline 0.88 of it down, fills the box
        float size = h;
        float advance = style.face().advance(gid) * size / style.face().unitsPerEm();
        Line line = new Line(List.of(new PlacedGlyph(style.face(), size, gid, "\u3000", 0, advance),
                new PlacedGlyph(style.face(), size, gid, "\u3000", w - advance, advance)), w, w, true);
        return new TextMark(line, x, top + size * 0.88f, Cmyk.BLACK, Tag.ARTIFACT, ReadingBreak.READ_AS);
    }
}
