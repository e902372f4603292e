package paiban.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TrueType (glyf) faces — what a user brings as their own .ttf — subset and embedded as CIDFontType2. Runs on the
 * TrueType fonts Debian installs (fonts-dejavu-core, fonts-droid-fallback) and is skipped where they are absent.
 */
class TrueTypeSubsetterTest {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    /** Å and é are composites in DejaVu Sans (a base letter and an accent). */
    static final String LATIN = "Paiban Åé 2026";
    static final String CHINESE = "中华人民共和国，排版。";

    @TempDir
    Path dir;

    static OpenTypeFace open(Path file) {
        assumeTrue(Files.isRegularFile(file), file + " is not installed");
        return OpenTypeFace.openWhole(file);
    }

    static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser(true).parse(new RandomAccessReadBuffer(font));
    }

    static Set<Integer> glyphs(OpenTypeFace face, String text) {
        Set<Integer> gids = new TreeSet<>();
        text.codePoints().forEach(c -> gids.add(face.glyphId(c)));
        return gids;
    }

    /** Subsets, parses with fontbox and compares every kept glyph's outline and advance with the original's. */
    static TrueTypeSubsetter.Subset subsetAndCompare(OpenTypeFace face, Path file, Set<Integer> gids)
            throws IOException {
        TrueTypeSubsetter.Subset subset = TrueTypeSubsetter.subset(face, gids);
        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
             TrueTypeFont parsed = parse(subset.font())) {
            int[] old = subset.originalGlyphs();
            assertEquals(old.length, parsed.getNumberOfGlyphs());
            assertEquals(0, old[0], ".notdef first");
            for (int g : gids) {
                assertTrue(java.util.Arrays.binarySearch(old, g) >= 0, "glyph " + g + " kept");
            }
            for (int newId = 0; newId < old.length; newId++) {
                GlyphData a = original.getGlyph().getGlyph(old[newId]);
                GlyphData b = parsed.getGlyph().getGlyph(newId);
                assertEquals(a == null, b == null, "glyph " + old[newId]);
                if (a != null) {
                    CffSubsetterTest.assertSamePath(a.getPath(), b.getPath(), "glyph " + old[newId]);
                }
                assertEquals(original.getAdvanceWidth(old[newId]), parsed.getAdvanceWidth(newId));
            }
            assertEquals(original.getUnitsPerEm(), parsed.getUnitsPerEm());
        }
        return subset;
    }

    @Test
    void oneGlyph() throws IOException {
        OpenTypeFace face = open(DEJAVU);
        assertTrue(face.hasGlyfOutlines());
        TrueTypeSubsetter.Subset s = subsetAndCompare(face, DEJAVU, glyphs(face, "P"));
        assertEquals(2, s.originalGlyphs().length);
    }

    @Test
    void whichFacesCanBeEmbedded() {
        assertTrue(open(DEJAVU).embeddable(), "TrueType");
        assertTrue(OpenTypeFace.open(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC").embeddable(),
                "CID-keyed CFF");
        Path nameKeyed = Path.of("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf");
        if (Files.isRegularFile(nameKeyed)) {
            assertTrue(!OpenTypeFace.openWhole(nameKeyed).embeddable(), "name-keyed CFF only measures");
        }
    }

    @Test
    void systemChineseFallbacksAreEmbeddable() {
        FontLibrary library = FontLibrary.standard(Path.of("fonts"));
        for (OpenTypeFace f : library.systemCjkFaces(false)) {
            assertTrue(f.embeddable() && f.covers(0x4E00), f.toString());
            assertTrue(!f.familyName().endsWith(" JP") && !f.familyName().endsWith(" TC"), f.toString());
        }
    }

    @Test
    void compositesBringTheirComponents() throws IOException {
        OpenTypeFace face = open(DEJAVU);
        Set<Integer> requested = glyphs(face, "Åé");
        TrueTypeSubsetter.Subset s = subsetAndCompare(face, DEJAVU, requested);
        assertTrue(s.originalGlyphs().length > requested.size() + 1,
                "components added: " + java.util.Arrays.toString(s.originalGlyphs()));
    }

    @Test
    void chineseTrueTypeFace() throws IOException {
        OpenTypeFace face = open(DROID);
        Set<Integer> gids = glyphs(face, CHINESE);
        assertTrue(!gids.contains(0), "Droid Sans Fallback covers the text");
        TrueTypeSubsetter.Subset s = subsetAndCompare(face, DROID, gids);
        assertTrue(s.font().length < 20_000, "subset of " + gids.size() + " glyphs: " + s.font().length + " bytes");
    }

    @Test
    void fontToolsReadsTheSubset() throws IOException {
        OpenTypeFace face = open(DEJAVU);
        String python = ExternalTools.pythonWithFontTools();
        assumeTrue(python != null, "fontTools is not installed");
        Path file = dir.resolve("subset.ttf");
        Files.write(file, TrueTypeSubsetter.subset(face, glyphs(face, LATIN)).font());
        var r = ExternalTools.run(List.of(python, "-c", """
                import logging, sys
                logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
                from fontTools.ttLib import TTFont
                from fontTools.pens.recordingPen import RecordingPen
                f = TTFont(sys.argv[1])
                gs = f.getGlyphSet()
                for name in f.getGlyphOrder():
                    gs[name].draw(RecordingPen())
                f["head"]; f["hhea"]; f["maxp"]; f["hmtx"]
                print(len(f.getGlyphOrder()))
                """, file.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(TrueTypeSubsetter.subset(face, glyphs(face, LATIN)).originalGlyphs().length,
                Integer.parseInt(r.out().trim()));
    }

    /** A page in DejaVu Sans and Droid Sans Fallback: text extracts, poppler sees subsets, pixels equal whole fonts. */
    @Test
    void pdfWithTrueTypeSubsets() throws IOException {
        OpenTypeFace latin = open(DEJAVU);
        OpenTypeFace chinese = open(DROID);
        Path subset = writePage(latin, chinese, "subset.pdf", false);
        Path whole = writePage(latin, chinese, "whole.pdf", true);
        try (PDDocument doc = Loader.loadPDF(subset.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(LATIN), text);
            assertTrue(text.contains(CHINESE), text);
            COSDictionary fonts = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary cidFont = (COSDictionary) ((COSArray) fonts.getCOSDictionary(COSName.getPDFName("F1"))
                    .getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            assertEquals(COSName.CID_FONT_TYPE2, cidFont.getCOSName(COSName.SUBTYPE));
            COSStream program = (COSStream) cidFont.getCOSDictionary(COSName.FONT_DESC)
                    .getDictionaryObject(COSName.FONT_FILE2);
            try (InputStream in = program.createInputStream()) {
                byte[] bytes = in.readAllBytes();
                assertEquals(bytes.length, program.getInt(COSName.LENGTH1));
                parse(bytes).close();
            }
        }
        List<String> fonts = PdfFontResourceTest.run("pdffonts", subset.toString());
        assumeTrue(fonts != null, "poppler-utils is not installed");
        List<String> tt = fonts.stream().filter(l -> l.contains("CID TrueType")).toList();
        assertEquals(2, tt.size(), String.join("\n", fonts));
        for (String line : tt) {
            assertTrue(line.matches("[A-Z]{6}\\+.*Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"), line);
        }
        assertArrayEquals(raster(whole), raster(subset), "subset renders like the whole faces");
    }

    private Path writePage(OpenTypeFace latin, OpenTypeFace chinese, String name, boolean wholeFont)
            throws IOException {
        UsedGlyphs a = new UsedGlyphs();
        UsedGlyphs b = new UsedGlyphs();
        int[] ga = LATIN.codePoints().map(c -> add(latin, c, a)).toArray();
        int[] gb = CHINESE.codePoints().map(c -> add(chinese, c, b)).toArray();
        return OnePagePdf.write(dir.resolve(name), PDRectangle.A6, List.of(
                new OnePagePdf.Run(latin, a, ga, 14, 20, 350),
                new OnePagePdf.Run(chinese, b, gb, 14, 20, 320)), wholeFont);
    }

    private static int add(OpenTypeFace face, int c, UsedGlyphs used) {
        int g = face.glyphId(c);
        used.add(g, Character.toString(c));
        return g;
    }

    private static byte[] raster(Path pdf) throws IOException {
        String prefix = pdf.toString().replace(".pdf", "");
        assertTrue(PdfFontResourceTest.run("pdftoppm", "-r", "150", "-singlefile", pdf.toString(), prefix) != null);
        return Files.readAllBytes(Path.of(prefix + ".ppm"));
    }
}
