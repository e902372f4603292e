package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.model.Issue;
import paiban.parse.IssueParser;

/** Raw page text on the command line: laid out directly, or imported into an issue file to review. */
class RawPageLayoutTest {

    static final Path SEED = Path.of("src/test/resources/seed/kxdb-2025-05-16-page1.txt");

    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        err = r.err();
        return r.code();
    }

    /**
     * The seed laid out as it is makes the same page as the hand-made sample. The raw seed has no photo, so the
     * sample is laid out without its photo too (a copy beside no photos/ folder): both get a placeholder. The one
     * difference is the placeholder's label, which prints the photo's path: the sample names its file, the importer
     * a placeholder.
     */
    @Test
    void theRawSeedMakesTheSamePageAsTheSample() throws Exception {
        Path fromRaw = dir.resolve("raw.pdf");
        assertEquals(0, run(SEED.toString(), "-o", fromRaw.toString()), err);
        assertTrue(err.contains("inferred the structure of a raw page:"), err);
        assertTrue(err.contains("1. 探路领跑 动能澎湃"), err);
        Path fromSample = dir.resolve("sample.pdf");
        Path sampleWithoutPhoto = Files.copy(SamplePageTest.SAMPLE, dir.resolve("issue.txt"));
        assertEquals(0, run(sampleWithoutPhoto.toString(), "-o", fromSample.toString()), err);
        assertFalse(err.contains("inferred"), "an issue file is parsed, not inferred: " + err);

        String raw = text(fromRaw);
        String sample = text(fromSample);
        // the photos' placeholder labels (which name different files) are read as nothing
        assertFalse(raw.contains("photos/photo-1.jpg"), raw);
        assertEquals(sample, raw);
    }

    @Test
    void importWritesAnIssueFileThatParsesToTheInferredIssue() throws Exception {
        Path out = dir.resolve("issue.txt");
        assertEquals(0, run("import", SEED.toString(), "-o", out.toString()), err);
        assertTrue(err.contains("inferred the structure of a raw page:"), err);
        assertTrue(err.contains("1 page, 3 articles"), err);
        assertTrue(err.contains("wrote " + out), err);
        Issue issue = new IssueParser().parse(out);
        Issue sample = new IssueParser().parse(SamplePageTest.SAMPLE);
        assertEquals(sample.info(), issue.info());
        assertEquals(sample.pages().get(0).info(), issue.pages().get(0).info());
        assertEquals(3, issue.pages().get(0).articles().size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void importRefusesAnIssueFileAndAMissingFile() throws Exception {
        Path out = dir.resolve("issue.txt");
        assertEquals(2, run("import", SamplePageTest.SAMPLE.toString(), "-o", out.toString()));
        assertTrue(err.contains("already an issue file"), err);
        assertEquals(2, run("import", dir.resolve("none.txt").toString(), "-o", out.toString()));
        assertTrue(err.contains("none.txt"), err);
        assertEquals(2, run("import", SEED.toString()));
        assertTrue(err.contains("--output"), err);
        assertFalse(Files.exists(out));
        assertEquals(0, run("import", "--help"));
    }

    @Test
    void unplacedLinesAreListedAndKept() throws Exception {
        Path raw = dir.resolve("raw.txt");
        Files.writeString(raw, "某某报\n\n孤零零的一行\n\n2024年3月8日 星期四\n\n标题在此\n\n正文第一段，说明情况。\n");
        Path out = dir.resolve("issue.txt");
        assertEquals(0, run("import", raw.toString(), "-o", out.toString()), err);
        assertTrue(err.contains("could not place 1 line (kept as body text):"), err);
        assertTrue(err.contains("line 3: 孤零零的一行"), err);
        assertTrue(err.contains("warning: line 5: 星期四 disagrees with the date 2024年3月8日, which is a 星期五"), err);
        String written = Files.readString(out);
        assertTrue(written.contains("\n孤零零的一行\n"), written);
        assertTrue(written.contains("## 标题在此"), written);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
