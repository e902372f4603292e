package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that used to mislead (a FIFO photo called a folder, a GB18030 layout reported as a Java exception …)
 * and limits that used to cost minutes and gigabytes: exit code, the path or line named, nothing else written.
 */
class MessagesAndLimitsTest {

    static final String ISSUE = "---\npaper: 测试报\n---\n# 第1版 要闻\n\n## 甲\n\n正文。\n";

    @TempDir
    Path dir;

    CommandRun run(int exit, Set<String> changed, String... args) throws Exception {
        FileTree before = FileTree.of(dir);
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--layout")) {
            all.addAll(List.of("--layout", "tabloid"));
        }
        CommandRun r = CommandRun.of(all.toArray(String[]::new));
        assertEquals(exit, r.code(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(changed, FileTree.of(dir).changedSince(before), r.err());
        return r;
    }

    Path issue(String text) throws Exception {
        Path f = dir.resolve("issue.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFifoOrDevicePhotoIsNamedForWhatItIs() throws Exception {
        Path fifo = dir.resolve("pic.jpg");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Path f = issue(ISSUE + "\n![说明](pic.jpg)\n\n![说明](/dev/zero)\n");
        CommandRun r = run(2, Set.of(), f.toString(), "-o", dir.resolve("out.pdf").toString());
        assertTrue(r.err().contains("issue.txt:10: photo pic.jpg (" + fifo + ") is not a regular file"), r.err());
        assertFalse(r.err().contains("folder"), r.err());
        Files.delete(fifo);
        r = run(2, Set.of(), f.toString(), "-o", dir.resolve("out.pdf").toString());
        assertTrue(r.err().contains("issue.txt:12: photo /dev/zero (/dev/zero) is not a regular file"), r.err());
    }

    @Test
    void anIssueFromAFifoIsRead() throws Exception {
        Path fifo = dir.resolve("issue.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, ISSUE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        CommandRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run(0, Set.of("out.pdf"), fifo.toString(), "-o", dir.resolve("out.pdf").toString()));
        writer.join();
        assertFalse(r.err().contains("no such file"), r.err());
    }

    @Test
    void anEndlessIssueIsRefusedWithItsName() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CommandRun r = run(2, Set.of(), "/dev/zero", "-o", dir.resolve("out.pdf").toString());
        assertTrue(r.err().contains("/dev/zero: is larger than 64 MB"), r.err());
    }

    @Test
    void aGb18030LayoutFileNamesTheFileAndLine() throws Exception {
        Path layout = dir.resolve("gb.yaml");
        String yaml = Files.readString(Path.of("layouts/tabloid.yaml")).replace("name: tabloid", "name: 四开");
        Files.write(layout, yaml.getBytes(Charset.forName("GB18030")));
        CommandRun r = run(2, Set.of(), issue(ISSUE).toString(), "-o", dir.resolve("out.pdf").toString(),
                "--layout", layout.toString());
        assertTrue(r.err().contains(layout + ":1: not UTF-8"), r.err());
        assertTrue(r.err().contains("GB18030"), r.err());
    }

    @Test
    void aPageBeyondWhatPdfAndThePressAllowIsAnErrorNamingTheKey() throws Exception {
        Path layout = dir.resolve("huge.yaml");
        Files.writeString(layout, Files.readString(Path.of("layouts/tabloid.yaml"))
                .replace("trim-height: 390mm", "trim-height: 20000mm"));
        CommandRun r = run(2, Set.of(), issue(ISSUE).toString(), "-o", dir.resolve("out.pdf").toString(),
                "--layout", layout.toString());
        assertTrue(r.err().contains(layout + ":6: trim-height: 20000 mm is larger than a newspaper press prints"),
                r.err());
    }

    @Test
    void hugePageRangesAreNotExpanded() throws Exception {
        Path f = issue(ISSUE);
        for (String range : List.of("1-99999999", "1-2147483647", "1-99999999999999999999999", "1,1-2147483647")) {
            Files.deleteIfExists(dir.resolve("out.pdf"));
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> run(0, Set.of("out.pdf"), f.toString(), "-o", dir.resolve("out.pdf").toString(),
                            "--pages", range));
        }
        CommandRun r = run(2, Set.of(), f.toString(), "-o", dir.resolve("out.pdf").toString(), "--pages",
                "5-2147483647");
        assertTrue(r.err().contains("--pages 5-2147483647: the issue has no such page"), r.err());
    }

    @Test
    void aLongMastheadStaysInsideTheTrim() throws Exception {
        Path f = issue("---\npaper: 中华人民共和国科学技术发展导报社\nmotto: " + "弘扬科学精神普及科学知识".repeat(4)
                + "\nhonors: [" + "全国优秀科技报".repeat(4) + ", " + "山西省十强报纸".repeat(4) + "]\nwebsite: http://www."
                + "kxdb".repeat(20) + ".cn\nsupervisor: " + "山西省科学技术协会".repeat(4) + "\ndate: 2025-05-16\n---\n"
                + "# 第1版 要闻\n\n## 甲\n\n正文。\n");
        run(0, Set.of("out.pdf"), f.toString(), "-o", dir.resolve("out.pdf").toString());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out.pdf").toFile())) {
            PDPage page = doc.getPage(0);
            float left = page.getTrimBox().getLowerLeftX();
            float right = page.getTrimBox().getUpperRightX();
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getX() < left - 0.5f || p.getX() + p.getWidth() > right + 0.5f) {
                            outside.add(p.getUnicode());
                        }
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
            assertTrue(outside.isEmpty(), "characters past the trim: " + outside);
        }
    }

    @Test
    void timestampHonoursSourceDateEpoch() {
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), RunDate.timestamp("1700000000").toInstant());
        assertTrue(Duration.between(RunDate.timestamp(null).toInstant(), Instant.now()).abs().getSeconds() < 60);
        paiban.UserError e = assertThrows(paiban.UserError.class, () -> RunDate.timestamp("soon"));
        assertTrue(e.getMessage().startsWith("SOURCE_DATE_EPOCH=soon: "), e.getMessage());
    }
}
