package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Paragraph;

/** The encodings an issue file may come in, and what happens to characters that print nothing. */
class EncodingAndInvisiblesTest {

    static final String ISSUE = "---\npaper: 科学导报\n---\n# 第1版 要闻\n\n## 探路领跑  动能澎湃\nbyline: 邓伟强\n\n"
            + "山西是全国第一个全省域、全方位、系统的国家资源型经济转型综合配套改革试验区。\n\n"
            + "“头号工程”——创新招商工作机制，GDP增长6.5%。\n";

    @TempDir
    Path dir;

    private Issue read(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            bytes.write(p);
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return new IssueParser().parse(file);
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static String body(Issue issue) {
        StringBuilder sb = new StringBuilder();
        for (Article a : issue.pages().get(0).articles()) {
            sb.append(String.join("|", a.headline())).append('\n');
            a.body().forEach(b -> sb.append(((Paragraph) b).text()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void everyEncodingGivesTheSameIssueAndAllButUtf8AreReported() throws Exception {
        Issue utf8 = read("utf8.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), utf8.notices());
        Issue bom = read("bom.txt", bytes(0xEF, 0xBB, 0xBF), ISSUE.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), bom.notices());
        assertEquals(body(utf8), body(bom));

        Issue le = read("le.txt", bytes(0xFF, 0xFE), ISSUE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(dir.resolve("le.txt") + ": read as UTF-16LE (byte order mark)"), texts(le.notices()));
        Issue be = read("be.txt", bytes(0xFE, 0xFF), ISSUE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(List.of(dir.resolve("be.txt") + ": read as UTF-16BE (byte order mark)"), texts(be.notices()));
        Issue u32 = read("u32.txt", bytes(0xFF, 0xFE, 0, 0), ISSUE.getBytes(Charset.forName("UTF-32LE")));
        assertTrue(u32.notices().get(0).toString().endsWith("read as UTF-32LE (byte order mark)"), u32.notices().toString());
        Issue gb = read("gb.txt", ISSUE.getBytes(Charset.forName("GB18030")));
        assertEquals(List.of(dir.resolve("gb.txt") + ": read as GB18030 (the file is not UTF-8)"), texts(gb.notices()));
        Issue gbk = read("gbk.txt", ISSUE.getBytes(Charset.forName("GBK")));
        assertEquals(gb.notices().get(0).toString().replace("gb.txt", "gbk.txt"), gbk.notices().get(0).toString());
        for (Issue other : List.of(le, be, u32, gb, gbk)) {
            assertEquals(body(utf8), body(other));
            assertEquals("科学导报", other.info().paper());
        }
    }

    @Test
    void aUtf8FileWithOneBadByteIsDamageNotGb18030() throws Exception {
        byte[] good = ISSUE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = ISSUE.substring(0, ISSUE.indexOf("全方位")).getBytes(StandardCharsets.UTF_8).length;
        bad[at] = (byte) 0xA1;
        Path file = dir.resolve("damaged.txt");
        Files.write(file, bad);
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> new IssueParser().parse(file));
        assertEquals(9, e.pos().line());
        assertTrue(e.getMessage().contains("invalid UTF-8: byte 0xA1 at byte 37 of the line (byte " + (at + 1)
                + " of the file); the rest of the file is UTF-8"), e.getMessage());
    }

    @Test
    void bytesThatAreNeitherUtf8NorChineseAreAnErrorAtTheFirstBadByte() throws Exception {
        // Latin-1 "café" followed by a space: 0xE9 0x20 is no GB18030 character either
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "## 标题\n\nLe caf\u00e9 est bon.\n".getBytes(StandardCharsets.ISO_8859_1));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> new IssueParser().parse(file));
        assertEquals(3, e.pos().line());
        assertTrue(e.getMessage().contains("byte 0xE9 at byte 7 of the line"), e.getMessage());
        assertTrue(e.getMessage().contains("not GB18030"), e.getMessage());
    }

    @Test
    void gb18030IsRefusedWhenItWouldYieldControlsOrOddScripts() {
        assertTrue(SourceDecoding.plausibleChinese("科学导报，“头号工程”——GDP增长6.5%。αβ №1 ①"));
        assertTrue(!SourceDecoding.plausibleChinese("科学\u0085导报"), "C1 control");
        assertTrue(!SourceDecoding.plausibleChinese("\uE000\uE001\uE002科"), "private use");
    }

    @Test
    void invisibleCharactersAreRemovedWithOneWarningPerKind() throws Exception {
        String text = "## 标题\n\n正\u200B文\u200B里有零宽空格，\u202E反向\u202C控制，\u0085下一行，"
                + "\u00AD软连字符。\n第二\u2028行\u0007响铃。\n\n👨\u200D👩\u200D👧一家人，不\u200D连接。\n";
        Issue issue = new IssueParser().parse(text, Path.of("issue.txt"));
        List<Paragraph> ps = issue.pages().get(0).articles().get(0).body().stream().map(b -> (Paragraph) b).toList();
        assertEquals("正文里有零宽空格，反向控制，下一行，软连字符。第二行响铃。", ps.get(0).text());
        assertEquals("👨\u200D👩\u200D👧一家人，不连接。", ps.get(1).text(), "the joiner stays inside the emoji");
        List<String> w = texts(issue.notices());
        assertTrue(w.contains("issue.txt:3: removed U+200B ZERO WIDTH SPACE (2 times on line 3): it prints nothing"),
                w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:3: removed U+202E RIGHT-TO-LEFT OVERRIDE")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:3: removed U+0085")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:4: removed U+2028 LINE SEPARATOR")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:4: removed U+0007")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:6: removed U+200D ZERO WIDTH JOINER (1 time")),
                w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("issue.txt:3: removed U+202C POP DIRECTIONAL FORMATTING")),
                w.toString());
        assertEquals(8, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("issue.txt:3: removed U+200B"), "in the order first met: " + w);
    }

    @Test
    void tabsAreSpacesInTextAndIdeographicSpacesAreKeptInside() throws Exception {
        Issue issue = new IssueParser().parse("## 头版\t头条\nbyline: 甲\t乙\n\n\u3000\u3000第一\t段\u3000中间。\n",
                Path.of("issue.txt"));
        Article a = issue.pages().get(0).articles().get(0);
        assertEquals(List.of("头版", "头条"), a.headline(), "a tab in a headline is a forced break");
        assertEquals("甲 乙", a.byline());
        assertEquals("第一 段\u3000中间。", ((Paragraph) a.body().get(0)).text());
        assertEquals(List.of(), issue.notices());
    }

    @Test
    void nulAndUnpairedSurrogatesAreErrorsNamingTheLine() {
        IssueFormatException nul = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("## 标题\n\n正文\u0000。\n", Path.of("issue.txt")));
        assertTrue(nul.getMessage().startsWith("issue.txt:3: NUL character (U+0000) at character 3 of the line"),
                nul.getMessage());
        IssueFormatException lone = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("## 标题\uD800\n\n正文。\n", Path.of("issue.txt")));
        assertTrue(lone.getMessage().startsWith("issue.txt:1: unpaired surrogate U+D800"), lone.getMessage());
        assertEquals("## 标题<U+D800>", lone.text());
    }

    private static List<String> texts(List<paiban.message.Warning> warnings) {
        return warnings.stream().map(paiban.message.Warning::toString).toList();
    }
}
