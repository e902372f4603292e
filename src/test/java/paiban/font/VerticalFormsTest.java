package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glyphs of vertical setting: Noto CJK's own vertical forms, else Unicode's vertical presentation forms. */
class VerticalFormsTest {

    /** Punctuation a Chinese vertical headline holds; each must stand in its vertical form. */
    private static final String MARKS = "，、。：；！？《》「」『』（）【】“”…—";

    private static OpenTypeFace sans;

    @BeforeAll
    static void open() {
        sans = OpenTypeFace.open(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC");
    }

    @Test
    void notoGivesEveryMarkItsVertFormAndLeavesIdeographsAlone() {
        for (int cp : MARKS.codePoints().toArray()) {
            int horizontal = sans.glyphId(cp);
            int vertical = VerticalForms.glyph(sans, cp);
            assertNotEquals(horizontal, vertical, "vertical form of " + Character.toString(cp));
            assertEquals(sans.substitute(sans.substitute(horizontal, "locl"), "vert"), vertical,
                    "from the font's vert feature");
        }
        assertEquals(sans.glyphId('中'), VerticalForms.glyph(sans, '中'));
        assertEquals(0, VerticalForms.glyph(sans, 0xE000), "a character the face lacks has no glyph");
    }

    @Test
    void aFaceWithoutVertFallsBackToThePresentationForms() {
        Face plain = new WithoutGsub(sans);
        assertEquals(sans.glyphId(0xFE11), VerticalForms.glyph(plain, '、'));
        assertEquals(sans.glyphId(0xFE3D), VerticalForms.glyph(plain, '《'));
        assertEquals(sans.glyphId(0xFE10), VerticalForms.glyph(plain, '，'));
        assertEquals(sans.glyphId(0xFE19), VerticalForms.glyph(plain, '…'));
        assertEquals(sans.glyphId('中'), VerticalForms.glyph(plain, '中'));
    }

    /** Noto's glyphs and metrics without any GSUB substitution. */
    private record WithoutGsub(Face f) implements Face {
        public String familyName() {
            return f.familyName();
        }

        public String postScriptName() {
            return f.postScriptName();
        }

        public boolean bold() {
            return f.bold();
        }

        public int unitsPerEm() {
            return f.unitsPerEm();
        }

        public int ascender() {
            return f.ascender();
        }

        public int descender() {
            return f.descender();
        }

        public int glyphId(int codePoint) {
            return f.glyphId(codePoint);
        }

        public int advance(int glyphId) {
            return f.advance(glyphId);
        }

        public int substitute(int glyphId, String feature) {
            return glyphId;
        }
    }
}
