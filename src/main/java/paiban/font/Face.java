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

    /** Typographic ascender and descender (descender negative), in font units. */
    int ascender();

    int descender();

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
