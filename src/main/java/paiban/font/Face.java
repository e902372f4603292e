package paiban.font;

/**
 * One font face as the typesetter and the PDF writer see it: code points to glyphs, glyph advances, and the few
 * OpenType substitutions Chinese setting needs. Everything is in font units ({@link #unitsPerEm()} per em).
 * The PDF writer embeds exactly the face whose metrics the typesetter used.
 */
public interface Face {

    /** Family name as in the name table, e.g. "Noto Serif CJK SC". */
    String familyName();

    /** PostScript name, e.g. "NotoSerifCJKsc-Regular". */
    String postScriptName();

    boolean bold();

    int unitsPerEm();

    /**
     * Typographic ascender and descender (descender negative), in font units: OS/2 sTypoAscender and
     * sTypoDescender, or the hhea ascender and descender in a face without a usable OS/2 table. Together they are
     * the em box a line of text stands in (Noto CJK: 880 and −120 of 1000).
     */
    int ascender();

    int descender();

    /**
     * How far the baseline stands under the top of the em box, as a fraction of the em: {@link #ascender()} over
     * {@link #unitsPerEm()} (0.88 for Noto CJK). Every piece of text is placed by its own face's value, so a
     * user's face with another ascender sits on the same grid lines as Noto does, its glyphs' tops at the line top.
     */
    default double ascent() {
        return (double) ascender() / unitsPerEm();
    }

    /** {@link #ascent()} for text of {@code size} pt: the distance in pt from the top of its em box to its baseline. */
    default float ascent(float size) {
        return size * (float) ascent();
    }

    /**
     * Where the baseline stands under the middle of the em box, as a fraction of the em: half of ascender plus
     * descender over the em (0.38 for Noto CJK). Text centred on a point has its baseline this far below it.
     */
    default double centreToBaseline() {
        return (ascender() + descender()) / (2.0 * unitsPerEm());
    }

    /** The glyph for a code point, or 0 (.notdef) when the face does not cover it. */
    int glyphId(int codePoint);

    default boolean covers(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** Horizontal advance of a glyph, in font units. */
    int advance(int glyphId);

    /**
     * The glyph a GSUB single substitution of the given feature (e.g. "locl", "hwid", "fwid", "vert") gives for
     * Chinese (script hani, language ZHS), or the glyph itself when the feature does not touch it.
     */
    int substitute(int glyphId, String feature);

    /**
     * The glyph a GSUB ligature of the given feature makes of two glyphs (for Chinese text), or 0 when there is none.
     * Noto CJK SC forms the 2-em dash of a doubled U+2014 this way.
     */
    default int ligature(int first, int second, String feature) {
        return 0;
    }
}
