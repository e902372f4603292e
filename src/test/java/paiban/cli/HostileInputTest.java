package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that used to be dropped or misread without a word: each run asserts the exit code, a message naming the
 * file and line, and that no file changed but the intended output.
 */
class HostileInputTest {

    static final String HEAD = "---\npaper: 测试报\n---\n";

    @TempDir
    Path dir;

    /** Runs the issue text through the command with the tabloid layout; asserts exactly {@code outputs} changed. */
    CommandRun run(String issue, int exit, Set<String> outputs, String... extra) throws Exception {
        Path file = dir.resolve("issue.txt");
        Files.writeString(file, issue, StandardCharsets.UTF_8);
        return runFile(file, exit, outputs, extra);
    }

    CommandRun runFile(Path file, int exit, Set<String> outputs, String... extra) throws Exception {
        FileTree before = FileTree.of(dir);
        String[] base = {file.toString(), "-o", dir.resolve("out.pdf").toString(), "--layout", "tabloid"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CommandRun r = CommandRun.of(args);
        assertEquals(exit, r.code(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(outputs, FileTree.of(dir).changedSince(before), r.err());
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "  \t \n\u3000\u3000\n", "\uFEFF", "\uFEFF\r\n \r\n", "\u200B\n"})
    void anEmptyIssueIsAnErrorOnLineOne(String text) throws Exception {
        CommandRun r = run(text, 2, Set.of());
        assertTrue(r.err().contains(dir.resolve("issue.txt") + ":1: the file is empty"), r.err());
    }

    @Test
    void aSectionBannerAwayFromTheFrontPageIsAWarningNamingItsLine() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n\n正文。\n\n# 第2版 专刊\nsection: 开发区建设\nbanner: 加强建设\n\n"
                + "## 乙\n\n正文。\n", 0, Set.of("out.pdf"));
        assertTrue(r.err().contains("issue.txt:11: 'section' is not printed"), r.err());
        assertTrue(r.err().contains("issue.txt:12: 'banner' is not printed"), r.err());
    }

    @Test
    void aBannerWithoutASectionOnTheFrontPageIsAWarning() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\nbanner: 加强建设\n\n## 甲\n\n正文。\n", 0, Set.of("out.pdf"));
        assertTrue(r.err().contains("issue.txt:5: 'banner' is not printed"), r.err());
    }

    @Test
    void aPageLayoutThatDoesNotExistIsAnErrorNamingItsLine() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n\n正文。\n\n# 第2版\nlayout: no-such-layout\n\n## 乙\n\n正文。\n",
                2, Set.of());
        assertTrue(r.err().contains("issue.txt:11: page 第2版 'layout: no-such-layout'"), r.err());
    }

    @Test
    void aPageLayoutOtherThanTheRunsIsAWarningNamingItsLine() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\nlayout: broadsheet\n\n## 甲\n\n正文。\n", 0, Set.of("out.pdf"));
        assertTrue(r.err().contains("issue.txt:5: 'layout: broadsheet' is not used"), r.err());
        Files.delete(dir.resolve("out.pdf"));
        CommandRun same = run(HEAD + "# 第1版 要闻\nlayout: tabloid\n\n## 甲\n\n正文。\n", 0, Set.of("out.pdf"));
        assertFalse(same.err().contains("is not used"), same.err());
    }

    @Test
    void aHugePageNumberIsAnErrorNamingTheLine() throws Exception {
        CommandRun r = run(HEAD + "# 第99999999999999999999版\n\n## 甲\n\n正文。\n", 2, Set.of());
        assertTrue(r.err().contains("issue.txt:4: page number 第99999999999999999999版 is too large"), r.err());
    }

    @Test
    void fullWidthColonsAndChineseKeysAreAttributesNotBodyText() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n引题：引题文字\nbyline：王波\n副题：——副题文字\n栏目：创新前沿\n\n正文。\n"
                + "图片：photos/a.jpg 图片说明\n", 0, Set.of("out.pdf"));
        String text = PdfText.of(dir.resolve("out.pdf"));
        assertFalse(text.contains("byline") || text.contains("引题：") || text.contains("图片："), text);
        assertTrue(text.contains("王波") && text.contains("引题文字") && text.contains("创新前沿"), text);
        assertTrue(r.err().contains("issue.txt:13: photo photos/a.jpg not found"), r.err());
    }

    @Test
    void aPhotoLineNeedsNoBlankLineAroundIt() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n\n第一段。\n![说明](photos/b.jpg)\n第二段。\n", 0, Set.of("out.pdf"));
        assertTrue(r.err().contains("issue.txt:9: photo photos/b.jpg not found"), r.err());
        String text = PdfText.of(dir.resolve("out.pdf"));
        assertFalse(text.contains("!["), text);
    }

    @Test
    void anUnknownChineseKeyUnderAHeadlineIsAWarningNamingTheLine() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n编者按：这是正文。\n", 0, Set.of("out.pdf"));
        assertTrue(r.err().contains("issue.txt:7: '编者按' is not an article attribute"), r.err());
    }

    @Test
    void aSpaceInAPhotoPathIsNamedAndAngleBracketsAllowIt() throws Exception {
        CommandRun r = run(HEAD + "# 第1版 要闻\n\n## 甲\n\n正文。\n\n![说明](my photo.jpg)\n", 2, Set.of());
        assertTrue(r.err().contains("issue.txt:10: the photo path 'my photo.jpg' has a space in it"), r.err());
        CommandRun ok = run(HEAD + "# 第1版 要闻\n\n## 甲\n\n正文。\n\n![说明](<my photo.jpg>)\n", 0, Set.of("out.pdf"));
        assertTrue(ok.err().contains("issue.txt:10: photo my photo.jpg not found"), ok.err());
    }

    @Test
    void aPageNumberThatDisagreesWithTheHeadingIsAnError() throws Exception {
        CommandRun r = run(HEAD + "# 第2版\n版次：3\n\n## 甲\n\n正文。\n", 2, Set.of());
        assertTrue(r.err().contains("issue.txt:5: 版次 disagrees with the page heading (第2版)"), r.err());
    }
}
