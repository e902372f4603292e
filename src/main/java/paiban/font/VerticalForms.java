package paiban.font;

import java.util.Map;

/**
 * The glyph a character takes in vertical setting (竖排). Punctuation and brackets have vertical forms: the comma and
 * full stop stand in the upper right of their em cell, brackets and quotes open downwards, dashes and the ellipsis
 * run down the column. The face's own GSUB {@code vert} feature gives them (Noto CJK has it for Chinese); a face
 * without it falls back to the Unicode vertical presentation forms (U+FE10–FE19, U+FE30–FE4F) where the face has
 * those glyphs. The vertical form is looked up from the character's Chinese form ({@code locl}, as Noto CJK SC
 * gives its one-em dash). Anything else keeps its horizontal glyph, which in an ideograph is the same.
 */
public final class VerticalForms {

    /** Horizontal character → its vertical presentation form (Unicode's compatibility mappings, reversed). */
    private static final Map<Integer, Integer> PRESENTATION = Map.ofEntries(
            Map.entry(0xFF0C, 0xFE10), Map.entry(0x3001, 0xFE11), Map.entry(0x3002, 0xFE12),
            Map.entry(0xFF1A, 0xFE13), Map.entry(0xFF1B, 0xFE14), Map.entry(0xFF01, 0xFE15),
            Map.entry(0xFF1F, 0xFE16), Map.entry(0x3016, 0xFE17), Map.entry(0x3017, 0xFE18),
            Map.entry(0x2026, 0xFE19), Map.entry(0x2025, 0xFE30), Map.entry(0x2014, 0xFE31),
            Map.entry(0x2013, 0xFE32), Map.entry(0xFF3F, 0xFE33), Map.entry(0xFF08, 0xFE35),
            Map.entry(0xFF09, 0xFE36), Map.entry(0xFF5B, 0xFE37), Map.entry(0xFF5D, 0xFE38),
            Map.entry(0x3014, 0xFE39), Map.entry(0x3015, 0xFE3A), Map.entry(0x3010, 0xFE3B),
            Map.entry(0x3011, 0xFE3C), Map.entry(0x300A, 0xFE3D), Map.entry(0x300B, 0xFE3E),
            Map.entry(0x3008, 0xFE3F), Map.entry(0x3009, 0xFE40), Map.entry(0x300C, 0xFE41),
            Map.entry(0x300D, 0xFE42), Map.entry(0x300E, 0xFE43), Map.entry(0x300F, 0xFE44),
            Map.entry(0x201C, 0xFE41), Map.entry(0x201D, 0xFE42), Map.entry(0x2018, 0xFE43),
            Map.entry(0x2019, 0xFE44), Map.entry(0xFF3B, 0xFE47), Map.entry(0xFF3D, 0xFE48));

    private VerticalForms() {
    }

    /** The glyph of {@code codePoint} in {@code face} standing upright in a vertical line; 0 when not covered. */
    public static int glyph(Face face, int codePoint) {
        int horizontal = face.glyphId(codePoint);
        if (horizontal == 0) {
            return 0;
        }
        // the Chinese form first (Noto CJK SC's one-em dash is a locl form), then its vertical form
        int vertical = face.substitute(face.substitute(horizontal, "locl"), "vert");
        if (vertical != horizontal) {
            return vertical;
        }
        Integer form = PRESENTATION.get(codePoint);
        int presented = form == null ? 0 : face.glyphId(form);
        return presented != 0 ? presented : horizontal;
    }

    /** Whether the character has a vertical form of its own (punctuation, brackets, dashes). */
    public static boolean hasForm(int codePoint) {
        return PRESENTATION.containsKey(codePoint);
    }
}
