package paiban.text;

import paiban.font.Face;

/**
 * One glyph placed on a line. {@code x} is the left edge of its advance box from the line's start, in pt.
 * {@code text} is the source text this glyph stands for (one code point, or several for a ligature, or empty
 * for the second glyph of a sequence), so the PDF can map it back for search and copy.
 */
public record PlacedGlyph(Face face, float size, int glyphId, String text, float x, float advance) {
}
