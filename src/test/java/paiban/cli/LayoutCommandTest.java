package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a desk sees when something is wrong: an exit code, a message naming file and line, and no half-written PDF. */
class LayoutCommandTest {

    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        err = r.err();
        return r.code();
    }

    @Test
    void aBadIssueFileExitsTwoNamingFileLineAndText() throws Exception {
        Path issue = dir.resolve("bad.txt");
        Files.writeString(issue, "---\npaper: 测试报\n---\n# 第1版 要闻\n\n## 标题\nspam: 1\n\n正文。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.pdf");
        assertEquals(2, run(issue.toString(), "-o", out.toString()));
        assertTrue(err.contains("bad.txt:7") && err.contains("spam"), err);
        assertFalse(err.contains("Exception"), "a user mistake must not print a stack trace: " + err);
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingIssueFileAndAnUnknownLayoutExitTwo() throws Exception {
        assertEquals(2, run(dir.resolve("none.txt").toString(), "-o", dir.resolve("o.pdf").toString()));
        assertTrue(err.contains("none.txt"), err);
        Path issue = dir.resolve("ok.txt");
        Files.writeString(issue, "## 标题\n\n正文。\n", StandardCharsets.UTF_8);
        assertEquals(2, run(issue.toString(), "-o", dir.resolve("o.pdf").toString(), "--layout", "nosuch"));
        assertTrue(err.contains("nosuch"), err);
    }

    @Test
    void anUnwritableOutputFolderIsRefusedBeforeAnyWork() {
        assertEquals(2, run(SamplePageTest.SAMPLE.toString(), "-o", dir.resolve("no/such/dir/p.pdf").toString()));
        assertTrue(err.contains("cannot write"), err);
    }

    @Test
    void oversetTextIsReportedAndNothingIsWrittenUnlessAllowed() throws Exception {
        StringBuilder sb = new StringBuilder("---\npaper: 测试报\n---\n# 第2版 长文\n\n## 一篇排不下的长文\n\n");
        String para = "山西转型综改示范区将招商引资作为经济工作的“头号工程”，创新招商工作机制，深入开展精准招商、以商招商、产业链招商。";
        for (int i = 0; i < 400; i++) {
            sb.append(para).append("\n\n");
        }
        Path issue = dir.resolve("long.txt");
        Files.writeString(issue, sb.toString(), StandardCharsets.UTF_8);
        Path out = dir.resolve("long.pdf");
        assertEquals(1, run(issue.toString(), "-o", out.toString(), "--layout", "tabloid"));
        assertTrue(err.contains("overset") && err.contains("一篇排不下的长文") && err.contains("characters"), err);
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left behind");
        }
        assertEquals(1, run(issue.toString(), "-o", out.toString(), "--layout", "tabloid", "--allow-overset"));
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void aCharacterInNoFontIsReportedAndStrictRefusesToWrite() throws Exception {
        Path issue = dir.resolve("emoji.txt");
        Files.writeString(issue, "## 标题\n\n正文。\n\n大家笑😀了。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("emoji.pdf");
        assertEquals(0, run(issue.toString(), "-o", out.toString(), "--layout", "tabloid"));
        assertTrue(err.contains("uncovered: " + issue + ":5: U+1F600"), err);
        assertTrue(Files.exists(out));
        Files.delete(out);
        assertEquals(1, run(issue.toString(), "-o", out.toString(), "--layout", "tabloid", "--strict"));
        assertTrue(err.contains("U+1F600") && err.contains("--strict"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("--version"));
    }

    @Test
    void aLeadPinPutsTheArticleFirstAndASidePinIsHonouredOrRefusedByName() throws Exception {
        String para = "山西转型综改示范区将招商引资作为经济工作的“头号工程”，创新招商工作机制，深入开展精准招商、以商招商、产业链招商。";
        StringBuilder sb = new StringBuilder("---\npaper: 测试报\n---\n# 第2版 要闻\n\n## 甲文\n\n");
        sb.append((para + "\n\n").repeat(6)).append("## 乙文\nplace: lead\n\n").append((para + "\n\n").repeat(6));
        sb.append("## 丙文\nplace: right\n\n").append((para + "\n\n").repeat(4));
        Path issue = dir.resolve("pins.txt");
        Files.writeString(issue, sb.toString(), StandardCharsets.UTF_8);
        Path report = dir.resolve("r.json");
        int code = run(issue.toString(), "-o", dir.resolve("p.pdf").toString(), "--layout", "tabloid", "--report",
                report.toString());
        if (code == 0) {
            String json = Files.readString(report);
            assertTrue(json.indexOf("\"乙文\"") < json.indexOf("\"甲文\""), "the lead is composed first: " + json);
            assertTrue(json.contains("\"乙文\", \"source\""), json);
        } else {
            assertEquals(2, code);
            assertTrue(err.contains("丙文") && err.contains("place right cannot be honoured") && err.contains("pins.txt:"),
                    err);
        }
    }
}
