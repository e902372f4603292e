package paiban.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontResourceTest {

    static final String BODY = "中华人民共和国——北京，“排版”测试。第2026期𠀋";
    static final String HEADLINE = "要闻速览";

    static OpenTypeFace serif;
    static OpenTypeFace sansBold;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        FontLibrary library = FontLibrary.standard(Path.of("fonts"));
        serif = library.face("Noto Serif CJK SC", false);
        sansBold = library.face("Noto Sans CJK SC", true);
    }

    /** Glyphs as the typesetter would choose them: zh-Hans dash, half-width digits. */
    static int[] shape(OpenTypeFace face, String text, UsedGlyphs used) {
        return text.codePoints().map(c -> {
            int g = face.glyphId(c);
            if (c == 0x2014) {
                g = face.substitute(g, "locl");
            } else if (c >= '0' && c <= '9') {
                g = face.substitute(g, "hwid");
            }
            used.add(g, Character.toString(c));
            return g;
        }).toArray();
    }

    /** One page: the body line in Serif, the headline in Sans Bold, each shown with one Tj. */
    Path writePage(String name, boolean wholeFont) throws IOException {
        UsedGlyphs bodyGlyphs = new UsedGlyphs();
        UsedGlyphs headGlyphs = new UsedGlyphs();
        int[] body = shape(serif, BODY, bodyGlyphs);
        int[] head = shape(sansBold, HEADLINE, headGlyphs);
        return OnePagePdf.write(dir.resolve(name), PDRectangle.A5, List.of(
                new OnePagePdf.Run(serif, bodyGlyphs, body, 14, 30, 470),
                new OnePagePdf.Run(sansBold, headGlyphs, head, 28, 30, 520)), wholeFont);
    }

    @Test
    void textExtractsExactlyAsTyped() throws IOException {
        Path file = writePage("page.pdf", false);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(HEADLINE), text);
            assertTrue(text.contains(BODY), text);
        }
        List<String> pdftotext = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        if (pdftotext != null) {
            String text = String.join("\n", pdftotext);
            assertTrue(text.contains(BODY), text);
            assertTrue(text.contains(HEADLINE), text);
        }
    }

    @Test
    void fontObjectsAreWhatPdfXExpects() throws IOException {
        Path file = writePage("page.pdf", false);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            COSDictionary fonts = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary type0 = fonts.getCOSDictionary(COSName.getPDFName("F1"));
            assertEquals(COSName.TYPE0, type0.getCOSName(COSName.SUBTYPE));
            assertEquals(COSName.IDENTITY_H, type0.getCOSName(COSName.ENCODING));
            String baseFont = type0.getNameAsString(COSName.BASE_FONT);
            assertTrue(baseFont.matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular"), baseFont);
            COSDictionary cidFont = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS))
                    .getObject(0);
            assertEquals(COSName.CID_FONT_TYPE0, cidFont.getCOSName(COSName.SUBTYPE));
            assertEquals(1000, cidFont.getInt(COSName.DW));
            COSDictionary info = cidFont.getCOSDictionary(COSName.CIDSYSTEMINFO);
            assertEquals("Identity", info.getString(COSName.ORDERING));
            COSDictionary descriptor = cidFont.getCOSDictionary(COSName.FONT_DESC);
            assertEquals(4, descriptor.getInt(COSName.FLAGS));
            COSStream fontFile = (COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE3);
            assertEquals("CIDFontType0C", fontFile.getNameAsString(COSName.SUBTYPE));
            assertEquals(COSName.FLATE_DECODE, fontFile.getDictionaryObject(COSName.FILTER));
            byte[] cff;
            try (InputStream in = fontFile.createInputStream()) {
                cff = in.readAllBytes();
            }
            // .notdef plus the distinct glyphs of the body line
            long distinct = BODY.codePoints().distinct().count();
            assertEquals(distinct + 1, CffSubsetterTest.parse(cff).getNumCharStrings());
            // Widths: the hwid digits are 500 wide, so /W lists them.
            String w = cidFont.getDictionaryObject(COSName.W).toString();
            assertTrue(w.contains("COSInt{500}"), w);
        }
    }

    @Test
    void sameInputSameBytes() throws IOException {
        UsedGlyphs used = new UsedGlyphs();
        shape(serif, BODY, used);
        byte[] first = fontFileBytes(used.texts());
        byte[] second = fontFileBytes(used.texts());
        assertArrayEquals(first, second);
        UsedGlyphs other = new UsedGlyphs();
        shape(serif, BODY + "新", other);
        assertNotEquals(PdfFontResource.tag(serif, used.texts()), PdfFontResource.tag(serif, other.texts()));
    }

    private static byte[] fontFileBytes(Map<Integer, String> glyphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary type0 = PdfFontResource.build(doc, serif, glyphs);
            COSDictionary cidFont = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS))
                    .getObject(0);
            COSStream fontFile = (COSStream) cidFont.getCOSDictionary(COSName.FONT_DESC)
                    .getDictionaryObject(COSName.FONT_FILE3);
            try (InputStream in = fontFile.createRawInputStream()) {
                return (type0.getNameAsString(COSName.BASE_FONT) + new String(in.readAllBytes(),
                        StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
            }
        }
    }

    @Test
    void firstTextOfAGlyphWins() {
        UsedGlyphs used = new UsedGlyphs();
        used.add(7, "");
        used.add(7, "—");
        used.add(7, "―");
        assertEquals("—", used.texts().get(7));
        String cmap = ToUnicodeCMap.write(Map.of(0x1234, "𠀋"));
        assertTrue(cmap.contains("<1234> <D840DC0B>"), "surrogate pair: " + cmap);
    }

    @Test
    void popplerSeesEmbeddedSubsetsWithUnicode() throws IOException {
        Path file = writePage("page.pdf", false);
        List<String> lines = run("pdffonts", file.toString());
        assumeTrue(lines != null, "pdffonts is not installed");
        // name type encoding emb sub uni object ID
        List<String> fontLines = lines.stream().filter(l -> l.contains("NotoS")).toList();
        assertEquals(2, fontLines.size(), String.join("\n", lines));
        for (String line : fontLines) {
            assertTrue(line.contains("CID Type 0C"), line);
            assertTrue(line.matches(".*Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"), line);
        }
    }

    @Test
    void subsetRendersLikeTheWholeFont() throws IOException {
        Path subset = writePage("subset.pdf", false);
        Path whole = writePage("whole.pdf", true);
        assumeTrue(run("pdftoppm", "-v") != null, "pdftoppm is not installed");
        List<String> fonts = run("pdffonts", whole.toString());
        assertTrue(fonts.stream().anyMatch(l -> l.matches(".*Identity-H\\s+yes\\s+no\\s+yes\\s+.*")),
                "whole font embedded, not a subset: " + fonts);
        byte[] a = render(subset);
        byte[] b = render(whole);
        assertEquals(a.length, b.length);
        assertArrayEquals(a, b, "pixels of the subset page equal those of the whole-font page");
    }

    private byte[] render(Path pdf) throws IOException {
        String prefix = pdf.toString().replace(".pdf", "");
        assertTrue(run("pdftoppm", "-r", "100", "-gray", "-singlefile", pdf.toString(), prefix) != null);
        return Files.readAllBytes(Path.of(prefix + ".pgm"));
    }

    /** Output lines of a command, or null when it is not installed or fails. */
    static List<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(
                    ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            List<String> lines = new ArrayList<>(
                    List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return lines;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
