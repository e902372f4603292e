package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.parse.IssueParser;
import paiban.spec.Length;

/**
 * The sample page as a print shop receives it: PDF/X-1a:2001 keys and output intent, determinism, overprinting
 * black, the structure tree, printer's marks, and the page read by independent tools (poppler, MuPDF, Ghostscript,
 * qpdf, PDFBox); two runs giving the same SHA-256 is SamplePageTest's. External tools are skipped when not installed (.ci/run installs them).
 */
class PrintProductionTest {

    static final Path SAMPLE = SamplePageTest.SAMPLE;

    @TempDir
    static Path dir;
    static Path pdf;
    static Path marked;

    @BeforeAll
    static void layOut() {
        pdf = dir.resolve("page1.pdf");
        marked = dir.resolve("marks.pdf");
        assertEquals(0, run(SAMPLE.toString(), "-o", pdf.toString()));
        assertEquals(0, run(SAMPLE.toString(), "--marks", "-o", marked.toString()));
    }

    static int run(String... args) {
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r.err());
        return r.code();
    }

    @Test
    void pdfx1aKeysAndOutputIntentReadBack() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-1.3", new String(bytes, 0, 8, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            COSDictionary d = info.getCOSObject();
            assertEquals("PDF/X-1:2001", d.getString(COSName.getPDFName("GTS_PDFXVersion")));
            assertEquals("PDF/X-1a:2001", d.getString(COSName.getPDFName("GTS_PDFXConformance")));
            assertEquals(COSName.getPDFName("False"), d.getDictionaryObject(COSName.TRAPPED));
            assertEquals("科学导报 2025-05-16 第15期", info.getTitle());
            assertEquals("D:20250516000000+08'00'", d.getString(COSName.CREATION_DATE));
            assertEquals(d.getString(COSName.CREATION_DATE), d.getString(COSName.MOD_DATE));
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            assertFalse(catalog.containsKey(COSName.VERSION), "the catalog must not claim a later version");
            COSArray intents = (COSArray) catalog.getDictionaryObject(COSName.getPDFName("OutputIntents"));
            assertEquals(1, intents.size());
            COSDictionary oi = (COSDictionary) intents.getObject(0);
            assertEquals(COSName.getPDFName("GTS_PDFX"), oi.getCOSName(COSName.S));
            assertEquals("IFRA26", oi.getString(COSName.getPDFName("OutputConditionIdentifier")));
            assertEquals("http://www.color.org", oi.getString(COSName.getPDFName("RegistryName")));
            assertNotNull(oi.getString(COSName.INFO));
            COSArray id = (COSArray) doc.getDocument().getTrailer().getDictionaryObject(COSName.ID);
            assertEquals(2, id.size());
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getCOSObject().containsKey(COSName.TRIM_BOX));
                assertTrue(page.getCOSObject().containsKey(COSName.BLEED_BOX));
            }
        }
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("/DeviceRGB"), "no RGB colour space");
        assertFalse(raw.contains("/ObjStm") || raw.contains("/XRef"), "PDF 1.3 has no object or xref streams");
        assertFalse(raw.contains("/SMask") || raw.contains("/CA ") || raw.contains("/ca "), "no transparency");
    }

    @Test
    void blackTextAndRulesOverprint() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            COSDictionary gs = (COSDictionary) page.getResources().getCOSObject().getDictionaryObject(COSName.EXT_G_STATE);
            COSDictionary op = (COSDictionary) gs.getDictionaryObject(COSName.getPDFName("GSop"));
            assertTrue(op.getBoolean(COSName.OP, false));
            assertTrue(op.getBoolean(COSName.OP_NS, false));
            assertEquals(1, op.getInt(COSName.OPM));
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            // Every switch to overprint is followed by 100 % K text or a rule before any other colour is set.
            assertTrue(content.contains("/GSop gs"));
            assertFalse(content.contains(" rg") || content.contains(" RG"), "no RGB colour operators");
        }
    }

    @Test
    void theStructureTreeHasOneArtPerArticle() throws Exception {
        Issue issue = new IssueParser().parse(SAMPLE);
        int articles = issue.pages().get(0).articles().size();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary markInfo = (COSDictionary) catalog.getDictionaryObject(COSName.MARK_INFO);
            assertTrue(markInfo.getBoolean(COSName.getPDFName("Marked"), false));
            assertEquals("zh-Hans", catalog.getString(COSName.LANG));
            COSDictionary root = (COSDictionary) catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT);
            assertNotNull(root.getDictionaryObject(COSName.PARENT_TREE));
            COSDictionary document = (COSDictionary) root.getDictionaryObject(COSName.K);
            assertEquals("Document", document.getCOSName(COSName.S).getName());
            List<String> kids = types(document);
            assertEquals("Sect", kids.get(0), "the masthead comes first: " + kids);
            assertEquals(articles, kids.stream().filter("Art"::equals).count(), kids.toString());
            COSArray arts = (COSArray) document.getDictionaryObject(COSName.K);
            for (int i = 0; i < arts.size(); i++) {
                COSDictionary art = (COSDictionary) arts.getObject(i);
                if (art.getCOSName(COSName.S).getName().equals("Art")) {
                    List<String> parts = types(art);
                    assertEquals(1, parts.stream().filter("H1"::equals).count(), parts.toString());
                    assertTrue(parts.stream().filter("P"::equals).count() >= 3, parts.toString());
                }
            }
            assertEquals(1, doc.getPage(0).getCOSObject().getInt(COSName.STRUCT_PARENTS) + 1);
        }
    }

    private static List<String> types(COSDictionary el) {
        List<String> out = new ArrayList<>();
        COSBase k = el.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S)) {
                    out.add(d.getCOSName(COSName.S).getName());
                }
            }
        }
        return out;
    }

    @Test
    void marksGrowTheMediaBoxAndKeepTrimAndBleed() throws Exception {
        try (PDDocument doc = Loader.loadPDF(marked.toFile())) {
            PDPage page = doc.getPage(0);
            PDRectangle media = page.getMediaBox();
            PDRectangle bleed = page.getBleedBox();
            PDRectangle trim = page.getTrimBox();
            assertEquals(390, trim.getWidth() / Length.MM, 0.05);
            assertEquals(396, bleed.getWidth() / Length.MM, 0.05);
            assertEquals(trim.getLowerLeftX() - 3 * Length.MM, bleed.getLowerLeftX(), 0.01);
            assertEquals(396 + 2 * 12, media.getWidth() / Length.MM, 0.05);
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("/All CS 1 SCN"), "crop and registration marks in every ink");
            COSDictionary cs = (COSDictionary) page.getResources().getCOSObject().getDictionaryObject(COSName.COLORSPACE);
            COSArray all = (COSArray) cs.getDictionaryObject(COSName.getPDFName("All"));
            assertEquals(COSName.SEPARATION, all.getObject(0));
            assertEquals(COSName.getPDFName("All"), all.getObject(1));
        }
        String text = pdftotextOrNull(marked);
        if (text != null) {
            assertTrue(text.contains("layout broadsheet"), "the slug line names the layout");
        }
    }

    /** pdftotext (default mode) keeps the sample's paragraphs together: measured 0 of 26 before this work. */
    @Test
    void pdftotextReturnsTheParagraphsIntact() throws Exception {
        String text = pdftotextOrNull(pdf);
        assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        String joined = joinLines(text);
        Issue issue = new IssueParser().parse(SAMPLE);
        List<String> broken = new ArrayList<>();
        int total = 0;
        for (Article a : issue.pages().get(0).articles()) {
            for (Block b : a.body()) {
                if (b instanceof Paragraph p) {
                    total++;
                    if (!joined.contains(p.text())) {
                        broken.add(p.text().substring(0, 16) + "…");
                    }
                }
            }
        }
        // Every paragraph, the lead's first legs too: poppler keeps a line in a column's block only if its baseline is
        // at most 1.5 font sizes below the previous one, and the body pitch is exactly that (13.5 pt at 9 pt). Each
        // line's baseline written absolutely (Tm) parsed to its own rounding error, so one pitch in the lead came out
        // a hair wider and the legs split; lines now move by Td within one text object, and -13.5 reads exactly.
        // Between bands an invisible reading break keeps poppler from reading the articles under the lead between its
        // legs (see ReadingBreak). The lead's photo stands at the foot of its columns: at their top, its caption was
        // read after the second leg (wholly left of it) and before the third (under it), cutting the paragraph that
        // ran from one into the other.
        assertEquals(List.of(), broken, (total - broken.size()) + " of " + total + " intact");
    }

    /**
     * Lines joined back: a run of newlines (a line break, or the blank line between two blocks) between two CJK
     * characters or marks is a line break, not a space; between two Latin letters or digits it is a space.
     */
    static String joinLines(String text) {
        String t = text.replace('\f', '\n');
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '\n') {
                sb.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < t.length() && t.charAt(end) == '\n') {
                end++;
            }
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            char after = end < t.length() ? t.charAt(end) : ' ';
            if (!wide(before) && !wide(after)) {
                sb.append(' ');
            }
            i = end;
        }
        return sb.toString();
    }

    private static boolean wide(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> c >= 0x2E80;
        };
    }

    @Test
    void popplerRendersWithoutAWarning() throws Exception {
        assertQuiet("pdftoppm", "-r", "10", "-gray", pdf.toString(), dir.resolve("pp").toString());
    }

    /** -N: Debian's mutool is built without colour management and says so for any file unless told not to use it. */
    @Test
    void mupdfRendersWithoutAWarning() throws Exception {
        assertQuiet("mutool", "draw", "-N", "-q", "-r", "10", "-o", dir.resolve("mu.png").toString(), pdf.toString());
    }

    @Test
    void ghostscriptRendersWithoutAWarning() throws Exception {
        assertQuiet("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=nullpage", pdf.toString());
    }

    @Test
    void qpdfCheckIsClean() throws Exception {
        String out = tool("qpdf", "--check", pdf.toString());
        assumeTrue(out != null, "qpdf is not installed");
        assertTrue(out.contains("No syntax or stream encoding errors found"), out);
        assertFalse(out.toLowerCase().contains("warning"), out);
    }

    @Test
    void pdfboxRendersEveryPage() throws Exception {
        for (Path p : List.of(pdf, marked)) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                assertNotNull(new PDFRenderer(doc).renderImageWithDPI(0, 10));
            }
        }
    }

    private void assertQuiet(String... command) throws Exception {
        for (Path p : List.of(pdf, marked)) {
            String[] cmd = command.clone();
            for (int i = 0; i < cmd.length; i++) {
                if (cmd[i].equals(pdf.toString())) {
                    cmd[i] = p.toString();
                }
            }
            String out = tool(cmd);
            assumeTrue(out != null, command[0] + " is not installed");
            assertEquals("", out.strip(), command[0] + " said something about " + p.getFileName());
        }
    }

    static String pdftotextOrNull(Path file) throws Exception {
        Process p = start("pdftotext", file.toString(), "-");
        if (p == null) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Runs a tool; its stdout and stderr together, or null when it is not installed. */
    static String tool(String... command) throws Exception {
        Process p = start(command);
        if (p == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
        String s = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command[0] + " failed: " + s);
        return s;
    }

    private static Process start(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(!command[0].equals("pdftotext")).start();
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
