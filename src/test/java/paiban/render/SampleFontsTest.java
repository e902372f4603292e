package paiban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.ExternalTools;
import paiban.font.ExternalTools.Result;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.job.LayoutJob;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * Issue 6's acceptance on the sample page: every embedded CFF parses with fontbox and with fontTools (when
 * installed) without a warning, every Font DICT has a Private DICT, each subset holds exactly the glyphs the page
 * shows plus .notdef, the PDF stays small, and the page renders pixel for pixel as with the whole fonts embedded.
 */
class SampleFontsTest {

    static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");
    /** The fonts, the text and the rules: the page less its photo's image stream (see {@link #photoBytes}). */
    static final int MAX_PDF_BYTES = 240 * 1024;

    @TempDir
    static Path dir;
    static byte[] pdf;
    /** Per font resource name: its FontFile3 bytes and the codes the content stream shows with it. */
    static final Map<String, byte[]> cffs = new LinkedHashMap<>();
    static final Map<String, Set<Integer>> codes = new LinkedHashMap<>();

    @BeforeAll
    static void layOut() throws Exception {
        pdf = render(PdfFontResource::build);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName name : fonts.keySet()) {
                    COSDictionary type0 = fonts.getCOSDictionary(name);
                    COSDictionary cid = (COSDictionary) ((COSArray) type0.getDictionaryObject(
                            COSName.DESCENDANT_FONTS)).getObject(0);
                    COSStream file = (COSStream) cid.getCOSDictionary(COSName.FONT_DESC)
                            .getDictionaryObject(COSName.FONT_FILE3);
                    try (InputStream in = file.createInputStream()) {
                        cffs.put(name.getName(), in.readAllBytes());
                    }
                }
                collectCodes(page);
            }
        }
    }

    static byte[] render(FontEmbedder embedder) throws Exception {
        Issue issue = new IssueParser().parse(SAMPLE);
        LayoutSpec spec = LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
        LayoutJob job = new LayoutJob(spec, FontLibrary.standard(Path.of("fonts")), embedder);
        return job.pdf(job.run(issue));
    }

    /** Bytes of the image XObjects' streams as written (the sample's photo), less than their whole objects. */
    private static long photoBytes() {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            long sum = 0;
            for (PDPage page : doc.getPages()) {
                COSDictionary xobjects = page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
                for (COSName name : xobjects == null ? Set.<COSName>of() : xobjects.keySet()) {
                    if (xobjects.getDictionaryObject(name) instanceof COSStream s
                            && COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                        sum += s.getLength();
                    }
                }
            }
            return sum;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The two-byte codes of every Tj/TJ string, by the font selected with Tf. */
    private static void collectCodes(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> operands = new ArrayList<>();
        String font = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> font = ((COSName) operands.get(0)).getName();
                case "Tj" -> addCodes(font, (COSString) operands.get(0));
                case "TJ" -> {
                    for (COSBase b : (COSArray) operands.get(0)) {
                        if (b instanceof COSString s) {
                            addCodes(font, s);
                        }
                    }
                }
                default -> { }
            }
            operands.clear();
        }
    }

    private static void addCodes(String font, COSString s) {
        byte[] b = s.getBytes();
        for (int i = 0; i + 1 < b.length; i += 2) {
            codes.computeIfAbsent(font, k -> new TreeSet<>()).add(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
        }
    }

    @Test
    void pdfIsSmall() {
        long photo = photoBytes();
        assertTrue(photo > 0, "the sample ships its photo");
        assertTrue(pdf.length - photo <= MAX_PDF_BYTES, "sample page: " + pdf.length + " bytes, " + photo + " of them the photo");
        System.out.printf("sample page PDF: %d bytes; embedded CFF subsets: %s%n", pdf.length,
                cffs.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().length).toList());
    }

    @Test
    void fontboxParsesEverySubset() throws IOException {
        assertTrue(cffs.size() >= 3, "fonts: " + cffs.keySet());
        for (Map.Entry<String, byte[]> e : cffs.entrySet()) {
            List<CFFFont> fonts = new CFFParser().parse(new RandomAccessReadBuffer(e.getValue()));
            assertEquals(1, fonts.size());
            CFFCIDFont font = (CFFCIDFont) fonts.get(0);
            Set<Integer> used = new TreeSet<>(codes.get(e.getKey()));
            used.remove(0);
            assertEquals(used.size() + 1, font.getNumCharStrings(), e.getKey() + ": glyphs used + .notdef");
            assertEquals(font.getFontDicts().size(), font.getPrivDicts().size());
            for (Map<String, Object> priv : font.getPrivDicts()) {
                assertFalse(priv.isEmpty(), e.getKey() + ": every Font DICT has a Private DICT");
            }
            for (int cid : used) {
                // Every shown CID is in the subset and draws (an empty path would mean a lost glyph).
                assertTrue(font.getCharset().getGIDForCID(cid) > 0, e.getKey() + ": CID " + cid + " kept");
                font.getType2CharString(cid).getPath();
            }
        }
    }

    /** Checks each CFF with fontTools: decompile, every Font DICT's Private, every charstring drawn. */
    static final String FONTTOOLS_CHECK = """
            import io, logging, sys, warnings
            logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
            warnings.simplefilter("always")
            from fontTools.cffLib import CFFFontSet
            from fontTools.pens.recordingPen import RecordingPen
            for path in sys.argv[1:]:
                with open(path, "rb") as f:
                    data = f.read()
                cff = CFFFontSet()
                cff.decompile(io.BytesIO(data), None)
                top = cff[cff.fontNames[0]]
                for i, fd in enumerate(top.FDArray):
                    if getattr(fd, "Private", None) is None:
                        sys.stderr.write("%s: Font DICT %d has no Private DICT\\n" % (path, i))
                    fd.Private.rawDict
                charStrings = top.CharStrings
                for name in top.charset:
                    cs = charStrings[name]
                    cs.decompile()
                    cs.draw(RecordingPen())
                print(path, len(charStrings), len(top.FDArray), "/".join(top.ROS[:2]))
            """;

    @Test
    void fontToolsParsesEverySubsetWithoutWarning() throws IOException {
        String python = ExternalTools.pythonWithFontTools();
        assumeTrue(python != null, "fontTools is not installed (Debian: python3-fonttools)");
        List<String> args = new ArrayList<>(List.of(python, "-c", FONTTOOLS_CHECK));
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : cffs.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".cff");
            Files.write(file, e.getValue());
            args.add(file.toString());
            fileOf.put(file.toString(), e.getKey());
        }
        Result r = ExternalTools.run(args);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "fontTools printed warnings");
        List<String> lines = r.out().lines().toList();
        assertEquals(cffs.size(), lines.size(), r.out());
        for (String line : lines) {
            String[] f = line.split(" ");
            Set<Integer> used = new TreeSet<>(codes.get(fileOf.get(f[0])));
            used.remove(0);
            assertEquals(used.size() + 1, Integer.parseInt(f[1]), line);
            assertEquals("Adobe/Identity", f[3], line);
        }
    }

    /**
     * The sample page rendered at 150 dpi from the subset fonts and from the whole faces embedded unchanged:
     * not one pixel differs.
     */
    @Test
    void subsetRendersPixelForPixelLikeTheWholeFonts() throws Exception {
        assumeTrue(ExternalTools.run(List.of("pdftoppm", "-v")).code() == 0, "pdftoppm (poppler-utils) is not installed");
        byte[] whole = render((doc, face, glyphs) -> PdfFontResource.build(doc, face, glyphs, true));
        assertTrue(whole.length > 10 * pdf.length, "whole fonts embedded: " + whole.length + " bytes");
        Path a = dir.resolve("subset.pdf");
        Path b = dir.resolve("whole.pdf");
        Files.write(a, pdf);
        Files.write(b, whole);
        byte[] pa = raster(a);
        byte[] pb = raster(b);
        assertEquals(pa.length, pb.length);
        int differ = 0;
        for (int i = 0; i < pa.length; i++) {
            differ += pa[i] != pb[i] ? 1 : 0;
        }
        assertEquals(0, differ, "bytes of the 150 dpi raster that differ");
        assertArrayEquals(pa, pb);
    }

    private static byte[] raster(Path pdf) throws IOException {
        String prefix = pdf.toString().replace(".pdf", "");
        Result r = ExternalTools.run(List.of("pdftoppm", "-r", "150", "-singlefile", pdf.toString(), prefix));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "poppler complained");
        return Files.readAllBytes(Path.of(prefix + ".ppm"));
    }
}
