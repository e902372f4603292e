package paiban.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.LayoutCommand;

/** The Java API does what the command does, without files: the example in docs/api.md, checked. */
class PaibanTest {

    static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");

    @TempDir
    Path dir;

    @Test
    void layingOutTheSampleGivesTheCommandsPdfAndReport() throws Exception {
        LayoutResult r = Paiban.create().layOut(SAMPLE);
        assertTrue(r.fits(), String.join("\n", r.overset()));
        assertEquals(List.of(), r.warnings(), "the sample ships its photo, so nothing is missing");

        Path pdf = dir.resolve("cli.pdf");
        Path json = dir.resolve("cli.json");
        int code = LayoutCommand.run(new String[] {SAMPLE.toString(), "-o", pdf.toString(), "--report", json.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertArrayEquals(Files.readAllBytes(pdf), r.pdf(), "the same bytes as `layout -o`");
        assertEquals(Files.readString(json), r.reportJson());
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("探路领跑"));
        }
    }

    @Test
    void issueTextFindsItsPhotosInTheFolderGiven() throws Exception {
        Files.createDirectories(dir.resolve("photos"));
        Files.copy(SAMPLE.resolveSibling("photos/suanli.jpg"), dir.resolve("photos/site.jpg"));
        String issue = "---\npaper: 城南晚报\ndate: 2026-03-02\n---\n# 第1版 要闻\n\n## 城南新图书馆今日开放\n\n"
                + "城南新图书馆今天上午正式开放。\n\n![新图书馆。](photos/site.jpg \"3:2\")\n";
        LayoutResult found = Paiban.create().layout("tabloid").layOut(issue, dir);
        // the photo is found; the only warning is that one short article leaves the page thin
        assertEquals(1, found.warnings().size(), String.join("\n", found.warnings()));
        assertTrue(found.warnings().get(0).contains("underfull"), found.warnings().get(0));
        assertTrue(found.reportJson().contains("\"photo\": {"), found.reportJson());

        LayoutResult missing = Paiban.create().layout("tabloid").layOut(issue, dir.resolve("elsewhere"));
        List<String> notFound = missing.warnings().stream().filter(w -> !w.contains("underfull")).toList();
        assertEquals(1, notFound.size(), String.join("\n", missing.warnings()));
        assertTrue(notFound.get(0).contains("photos/site.jpg not found"), notFound.get(0));
    }

    @Test
    void textThatDoesNotFitIsReportedAndThePdfStillMade() throws Exception {
        LayoutResult r = Paiban.create().layout("tabloid").layOut(SAMPLE);
        assertFalse(r.fits());
        StringWriter err = new StringWriter();
        int code = LayoutCommand.run(new String[] {SAMPLE.toString(), "--layout", "tabloid", "--allow-overset", "-o",
            dir.resolve("t.pdf").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code);
        List<String> printed = err.toString().lines().filter(l -> l.startsWith("overset: "))
                .map(l -> l.substring("overset: ".length())).toList();
        assertEquals(printed, r.overset(), "the overset the command names");
        assertArrayEquals(Files.readAllBytes(dir.resolve("t.pdf")), r.pdf(), "the PDF --allow-overset writes");
    }

    @Test
    void aMistakeNamesTheFileTheLineAndTheText() {
        PaibanException e = assertThrows(PaibanException.class,
                () -> Paiban.create().layOut("# 第1版\n\n## 标题\nautor: 李明\n\n正文。\n", dir));
        assertEquals(dir.resolve("issue.txt") + ":4: unknown key 'autor' in article attributes: \"autor: 李明\"",
                e.getMessage());
        PaibanException layout = assertThrows(PaibanException.class,
                () -> Paiban.create().layout("nosuch").layOut(SAMPLE));
        assertTrue(layout.getMessage().startsWith("no layout named \"nosuch\""), layout.getMessage());
    }

    /** PDFBox's and fontbox's warnings (e.g. "Format 14 cmap table is not supported") do not reach stderr. */
    @Test
    void theLibrariesLogsAreSilenced() {
        Paiban.create();
        assertFalse(Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType0Font").isLoggable(Level.SEVERE));
        assertTrue(Logger.getLogger("paiban.elsewhere").isLoggable(Level.WARNING), "only the libraries are silenced");
    }
}
