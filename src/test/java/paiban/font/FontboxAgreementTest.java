package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** Our table readers against fontbox's, on every code point and glyph: a second opinion on cmap and hmtx. */
class FontboxAgreementTest {

    @Test
    void cmapAndAdvancesAgreeWithFontbox() throws IOException {
        check(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC", "NotoSansCJKsc-Bold");
    }

    private static void check(Path file, String family, String postScriptName) throws IOException {
        OpenTypeFace ours = OpenTypeFace.open(file, family);
        try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
            TrueTypeFont theirs = collection.getFontByName(postScriptName);
            CmapLookup cmap = theirs.getUnicodeCmapLookup();
            for (int c = 0; c <= 0x3FFFF; c++) {
                if ((c < 0xD800 || c > 0xDFFF) && cmap.getGlyphId(c) != ours.glyphId(c)) {
                    assertEquals(cmap.getGlyphId(c), ours.glyphId(c), "glyph of U+" + Integer.toHexString(c));
                }
            }
            assertEquals(theirs.getNumberOfGlyphs(), ours.glyphCount());
            for (int g = 0; g < ours.glyphCount(); g++) {
                assertEquals(theirs.getAdvanceWidth(g), ours.advance(g), "advance of glyph " + g);
            }
            assertEquals(theirs.getUnitsPerEm(), ours.unitsPerEm());
            assertEquals(theirs.getOS2Windows().getTypoAscender(), ours.ascender());
            assertEquals(theirs.getOS2Windows().getTypoDescender(), ours.descender());
            assertEquals(((OpenTypeFont) theirs).isPostScript(), ours.hasCffOutlines());
        }
    }
}
