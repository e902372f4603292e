package paiban.cli;

import paiban.message.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two kinds of failure, as a desk meets them: its own mistake is one line naming what to fix (exit 2); a bug in the
 * engine is one line asking for a report (exit 3), with the stack trace only when asked for with --debug.
 */
class ErrorKindsTest {

    @TempDir
    Path dir;

    private static String[] lines(String text) {
        return text.strip().split("\n");
    }

    @Test
    void aBugIsOneLineAskingForAReportAndExits3() {
        StringWriter out = new StringWriter();
        int code = Failure.report("layout", new IllegalStateException("a module stands outside its page"),
                new PrintWriter(out, true), false, Language.EN);
        assertEquals(3, code);
        assertEquals(1, lines(out.toString()).length, out.toString());
        assertTrue(out.toString().startsWith("layout: internal error"), out.toString());
        assertTrue(out.toString().contains("a module stands outside its page") && out.toString().contains("report"));
        assertFalse(out.toString().contains("\tat "), "no stack trace: " + out);
    }

    @Test
    void theDebugSwitchAddsTheStackTrace() {
        StringWriter out = new StringWriter();
        int code = Failure.report("layout", new IllegalStateException("broken"), new PrintWriter(out, true), true, Language.EN);
        assertEquals(3, code);
        assertTrue(out.toString().contains("\tat paiban.cli.ErrorKindsTest"), out.toString());
    }

    @Test
    void anIllegalArgumentIsTheEnginesFaultNotTheUsers() {
        StringWriter out = new StringWriter();
        assertEquals(3, Failure.report("layout", new IllegalArgumentException("measure must be positive: -3"),
                new PrintWriter(out, true), false, Language.EN));
    }

    @Test
    void aBadPageListIsTheUsersMistake() {
        CommandRun run = CommandRun.of("samples/kxdb-2025-05-16/issue.txt", "-o", dir.resolve("x.pdf").toString(),
                "--pages", "2-1");
        assertEquals(2, run.code(), run.err());
        assertEquals("layout: --pages: \"2-1\" is not a page or a range (write e.g. 1,3-4)", run.err().strip());
    }

    @Test
    void aPinThePageCannotHonourNamesTheArticlesLine() throws Exception {
        Path issue = dir.resolve("pins.txt");
        Files.writeString(issue, "---\npaper: 测试报\ndate: 2024-03-12\n---\n\n# 第2版 要闻\n\n## 第一篇\n\n正文一段。\n\n"
                + "## 第二篇\nplace: top\n\n正文一段。\n");
        CommandRun run = CommandRun.of(issue.toString(), "-o", dir.resolve("x.pdf").toString(), "--layout", "tabloid");
        assertEquals(2, run.code(), run.err());
        assertEquals(1, lines(run.err()).length, run.err());
        assertTrue(run.err().startsWith("layout: " + issue + ":12: \"第二篇\": place top cannot be honoured"), run.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
}
