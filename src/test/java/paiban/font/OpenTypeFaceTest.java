package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenTypeFaceTest {

    static final Path SERIF = Path.of("fonts/NotoSerifCJK-Regular.ttc");
    static final Path SANS = Path.of("fonts/NotoSansCJK-Regular.ttc");
    static final Path SERIF_BOLD = Path.of("fonts/NotoSerifCJK-Bold.ttc");

    static OpenTypeFace serif;
    static OpenTypeFace sans;

    @BeforeAll
    static void open() {
        serif = OpenTypeFace.open(SERIF, "Noto Serif CJK SC");
        sans = OpenTypeFace.open(SANS, "Noto Sans CJK SC");
    }

    @Test
    void findsTheSimplifiedChineseFaceNotTheFirstOne() {
        assertEquals("Noto Serif CJK SC", serif.familyName());
        assertEquals("NotoSerifCJKsc-Regular", serif.postScriptName());
        assertEquals(2, serif.faceIndex(), "Debian order is JP, KR, SC, TC, HK");
        OpenTypeFace jp = OpenTypeFace.open(SERIF, "Noto Serif CJK JP");
        assertEquals("NotoSerifCJKjp-Regular", jp.postScriptName());
        assertFalse(serif.bold());
        assertEquals(1000, serif.unitsPerEm());
        assertTrue(serif.hasCffOutlines());
    }

    @Test
    void unknownFamilyNamesFileAndFamily() {
        FontException e = assertThrows(FontException.class, () -> OpenTypeFace.open(SERIF, "Noto Serif CJK XX"));
        assertTrue(e.getMessage().contains("Noto Serif CJK XX"), e.getMessage());
        assertTrue(e.getMessage().contains("NotoSerifCJK-Regular.ttc"), e.getMessage());
    }

    @Test
    void boldFileIsBold() {
        OpenTypeFace bold = OpenTypeFace.open(SERIF_BOLD, "Noto Serif CJK SC");
        assertTrue(bold.bold());
        assertEquals("NotoSerifCJKsc-Bold", bold.postScriptName());
    }

    @Test
    void glyphsAndAdvances() {
        int zhong = serif.glyphId('中');
        assertNotEquals(0, zhong);
        assertEquals(1000, serif.advance(zhong));
        assertEquals(471, serif.advance(serif.glyphId('1')));
        assertEquals(890, serif.advance(serif.glyphId(0x2014)));
        assertEquals(555, sans.advance(sans.glyphId('1')));
        assertEquals(0, serif.glyphId(0xE000), "private use is not covered");
        assertFalse(serif.covers(0x10FFFD));
        assertTrue(serif.covers(0x2000B), "CJK Extension B through the format 12 cmap");
        assertTrue(serif.ascender() > 800 && serif.descender() < -100,
                serif.ascender() + " " + serif.descender());
    }

    /**
     * Lines are placed by their face's ascender over its em (OS/2 typographic metrics): for every bundled Noto face
     * exactly the 0.88 em the pages were always placed by, so they keep their bytes; a TrueType face by its own.
     */
    @Test
    void theBaselineStandsUnderTheEmBoxTopByTheFacesAscender() {
        OpenTypeFace sansBold = OpenTypeFace.open(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC");
        OpenTypeFace serifBold = OpenTypeFace.open(SERIF_BOLD, "Noto Serif CJK SC");
        for (OpenTypeFace noto : new OpenTypeFace[] {serif, sans, serifBold, sansBold}) {
            assertEquals(880, noto.ascender(), noto.postScriptName());
            assertEquals(-120, noto.descender(), noto.postScriptName());
            assertEquals(0.88, noto.ascent(), noto.postScriptName());
            assertEquals(9f * 0.88f, noto.ascent(9f), noto.postScriptName());
            assertEquals(0.38, noto.centreToBaseline(), 1e-12, "the em box's middle is 380 units over the baseline");
        }
        OpenTypeFace dejavu = TrueTypeSubsetterTest.open(TrueTypeSubsetterTest.DEJAVU);
        assertEquals((double) dejavu.ascender() / dejavu.unitsPerEm(), dejavu.ascent());
        assertNotEquals(0.88, dejavu.ascent(), 0.01, "a Latin TrueType face has its own ascender");
    }

    @Test
    void simplifiedChineseSubstitutions() {
        int dash = serif.glyphId(0x2014);
        int localDash = serif.substitute(dash, "locl");
        assertNotEquals(dash, localDash);
        assertEquals(1000, serif.advance(localDash));
        for (char digit = '0'; digit <= '9'; digit++) {
            assertEquals(500, serif.advance(serif.substitute(serif.glyphId(digit), "hwid")), "hwid " + digit);
            assertEquals(500, sans.advance(sans.substitute(sans.glyphId(digit), "hwid")), "sans hwid " + digit);
        }
        int dot = serif.glyphId(0x00B7);
        assertEquals(1000, serif.advance(serif.substitute(dot, "fwid")));
        int zhong = serif.glyphId('中');
        assertEquals(zhong, serif.substitute(zhong, "hwid"), "untouched glyphs come back unchanged");
        assertEquals(zhong, serif.substitute(zhong, "xxxx"), "unknown features change nothing");
    }

    @Test
    void opensFast() {
        long start = System.nanoTime();
        OpenTypeFace face = OpenTypeFace.open(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC");
        int advance = face.advance(face.glyphId('国'));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1000, advance);
        assertTrue(millis < 100, "opening took " + millis + " ms");
        System.out.println("open + first glyph: " + millis + " ms");
    }
}
