package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command speaks Chinese when the locale is Chinese (or {@code --lang zh}), English otherwise, through the
 * entry point a shell calls; either way a message keeps its file, line and offending text, and the report stays
 * English with its codes.
 */
class MessageLanguageTest {

    private static final Map<String, String> ZH = Map.of("LANG", "zh_CN.UTF-8");
    private static final Map<String, String> C = Map.of("LANG", "C");

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        int code = LayoutCommand.run(args, env, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    @Test
    void aMissingIssueFileIsNamedInChineseUnderAChineseLocaleAndInEnglishUnderC() {
        Run zh = run(ZH, "missing.txt", "-o", dir.resolve("a.pdf").toString());
        assertEquals(2, zh.code());
        assertEquals("layout: missing.txt: 没有这个文件", zh.err().strip());

        Run en = run(C, "missing.txt", "-o", dir.resolve("a.pdf").toString());
        assertEquals(2, en.code());
        assertEquals("layout: missing.txt: no such file", en.err().strip());
    }

    /** The issue's own words: {@code LANG=zh_CN.UTF-8 ./layout missing.txt}, no output named. */
    @Test
    void aMissingIssueFileIsNamedEvenBeforeTheMissingOutput() {
        Run zh = run(ZH, "missing.txt");
        assertEquals(2, zh.code());
        assertEquals(List.of("layout: missing.txt: 没有这个文件", "layout: 缺少 '--output'", "用 'layout --help' 查看用法。"),
                zh.err().lines().toList());
        assertEquals("layout: missing.txt: no such file", run(C, "missing.txt").err().lines().findFirst().orElse(""));
    }

    @Test
    void theFlagOverridesTheLocaleAndLcAllOverridesLang() {
        assertTrue(run(ZH, "missing.txt", "-o", "a.pdf", "--lang", "en").err().contains("no such file"));
        assertTrue(run(C, "missing.txt", "-o", "a.pdf", "--lang=zh").err().contains("没有这个文件"));
        assertTrue(run(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"), "missing.txt", "-o", "a.pdf").err()
                .contains("no such file"));
        assertTrue(run(Map.of("LANG", "C", "LC_MESSAGES", "zh_CN.UTF-8"), "missing.txt", "-o", "a.pdf").err()
                .contains("没有这个文件"));
        Run bad = run(C, "missing.txt", "-o", "a.pdf", "--lang", "fr");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--lang fr: give zh (Chinese) or en (English)"), bad.err());
    }

    /** The tests' own locale never leaks in: the plain entry point speaks English whatever LANG the machine has. */
    @Test
    void thePlainEntryPointIsEnglish() {
        StringWriter err = new StringWriter();
        LayoutCommand.run(new String[] {"missing.txt", "-o", "a.pdf"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals("layout: missing.txt: no such file", err.toString().strip());
    }

    @Test
    void anIssueErrorInChineseKeepsItsFileLineAndOffendingText() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Files.writeString(issue, "# 第1版 要闻\nspam: 1\n\n## 甲\n\n正文。\n");
        Run zh = run(ZH, issue.toString(), "-o", dir.resolve("a.pdf").toString(), "--layout", "tabloid");
        assertEquals(2, zh.code());
        assertEquals("layout: " + issue + ":2: 版属性里没有 'spam' 这个键: \"spam: 1\"", zh.err().strip());
        Run en = run(C, issue.toString(), "-o", dir.resolve("a.pdf").toString(), "--layout", "tabloid");
        assertEquals("layout: " + issue + ":2: unknown key 'spam' in page attributes: \"spam: 1\"", en.err().strip());
    }

    @Test
    void warningsAndTheSummaryAreChineseWhileTheReportStaysEnglish() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Files.writeString(issue, "# 第1版 要闻\n\n## 城南新图书馆今日开放\n\n城南新图书馆今天上午正式开放。\n\n"
                + "![新图书馆。](photos/none.jpg)\n");
        Path report = dir.resolve("r.json");
        Run zh = run(ZH, issue.toString(), "-o", dir.resolve("a.pdf").toString(), "--layout", "tabloid", "--report",
                report.toString());
        assertEquals(0, zh.code(), zh.err());
        List<String> lines = zh.err().lines().toList();
        assertTrue(lines.contains("警告：" + issue + ":7: 找不到照片 photos/none.jpg；先放一个灰色占位框（3:2）"), zh.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("第1版 要闻：") && l.endsWith("个稿块")), zh.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("已写出 ")), zh.err());
        assertFalse(zh.err().contains("warning:"), zh.err());
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(json.contains("{\"code\": \"photo-missing\", \"file\": \"" + issue + "\", \"line\": 7, \"message\": "
                + "\"photo photos/none.jpg not found; a grey placeholder (3:2) stands in its place\"}"), json);
    }

    @Test
    void aUsageErrorPicocliFindsIsChineseToo() throws Exception {
        String issue = Files.writeString(dir.resolve("issue.txt"), "# 第1版\n\n## 甲\n\n正文。\n").toString();
        Run zh = run(ZH, issue);
        assertEquals(2, zh.code());
        assertEquals(List.of("layout: 缺少 '--output'", "用 'layout --help' 查看用法。"), zh.err().lines().toList());
        Run unknown = run(ZH, issue, "-o", "a.pdf", "--colour");
        assertEquals("layout: 不认识的选项或参数：'--colour'", unknown.err().lines().findFirst().orElse(""));
    }

    @Test
    void anErrorAfterReadingIsChineseOnStderrAndEnglishWithItsLineInTheReport() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Files.writeString(issue, "# 第1版 要闻\n\n## 甲\nspan: 12\n\n正文。\n");
        Path report = dir.resolve("r.json");
        Run zh = run(ZH, issue.toString(), "-o", dir.resolve("a.pdf").toString(), "--layout", "tabloid", "--report",
                report.toString());
        assertEquals(2, zh.code());
        assertTrue(zh.err().contains(issue + ":3: 'span: 12' 比版面还宽：版式 "), zh.err());
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"error\": {\"file\": \"" + issue + "\", \"line\": 3, \"message\": \"'span: 12' is wider"
                + " than the page"), json);
    }
}
