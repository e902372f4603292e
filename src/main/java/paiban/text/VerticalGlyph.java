package paiban.text;

/**
 * One glyph of a vertical line. {@code glyph} is what is drawn (face, size, glyph, the source text it stands for);
 * its own {@code x} is unused. The glyph's origin stands {@code x} pt right of the line's centre and {@code y} pt
 * under the line's top; a {@code turned} glyph (Latin, a long number) is drawn turned 90° clockwise about its origin,
 * its baseline running down the column. {@code cell} numbers the em cells down the line, from 0: the glyphs of one
 * cell (the two digits of a 纵中横 pair) move together when the line is spread.
 */
public record VerticalGlyph(PlacedGlyph glyph, float x, float y, boolean turned, int cell) {

    VerticalGlyph lowered(float dy) {
        return new VerticalGlyph(glyph, x, y + dy, turned, cell);
    }
}
