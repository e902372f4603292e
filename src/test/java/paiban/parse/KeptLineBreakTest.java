package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.importer.IssueWriter;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.model.Span;

/** A line ending in a lone backslash keeps its break inside the paragraph; other lines still run together. */
class KeptLineBreakTest {

    private static Issue issue(String body) throws Exception {
        return new IssueParser().parse("---\npaper: 测试报\ndate: 2024-03-12\n---\n# 第1版 要闻\n\n## 天气\n\n"
                + body + "\n", Path.of("t.txt"));
    }

    private static Paragraph paragraph(Issue issue) {
        return assertInstanceOf(Paragraph.class, issue.pages().get(0).articles().get(0).body().get(0));
    }

    private static Paragraph paragraph(String body) throws Exception {
        return paragraph(issue(body));
    }

    @Test
    void aTrailingBackslashKeepsTheBreakAndOtherLinesJoin() throws Exception {
        Paragraph p = paragraph("床前明月光，\\\n疑是地上霜。\\\n举头望明月，\n低头思故乡。");
        assertEquals("床前明月光，\n疑是地上霜。\n举头望明月，低头思故乡。", p.text());
    }

    @Test
    void noSpaceIsPutAtAKeptBreakBetweenLatinWords() throws Exception {
        assertEquals("Beijing\nShanghai 5 C", paragraph("Beijing \\\nShanghai\n5 C").text());
    }

    @Test
    void aDoubledBackslashIsALiteralOneAndTheLastLineKeepsItsBackslash() throws Exception {
        assertEquals("路径 C:\\与 D:\\", paragraph("路径 C:\\\\\n与 D:\\").text());
    }

    @Test
    void boldRunsAcrossAKeptBreak() throws Exception {
        Paragraph p = paragraph("**太原：晴\\\n大同：多云**");
        assertEquals(List.of(new Span("太原：晴\n大同：多云", true)), p.spans());
    }

    @Test
    void theIssueWriterWritesKeptBreaksBack() throws Exception {
        Issue issue = issue("一、总则\\\n\\# 不是标题\\\n二、附则");
        assertEquals("一、总则\n# 不是标题\n二、附则", paragraph(issue).text());
        Issue again = new IssueParser().parse(IssueWriter.write(issue), Path.of("again.txt"));
        assertEquals(paragraph(issue).text(), paragraph(again).text());
    }

    private static Issue withAttributes(String attributes, String body) throws Exception {
        return new IssueParser().parse("---\npaper: 测试报\ndate: 2024-03-12\n---\n# 第1版 要闻\n\n## 天气\n"
                + attributes + "\n" + body + "\n", Path.of("t.txt"));
    }

    @Test
    void linesKeptKeepsEveryBreakOfEveryParagraphWithoutBackslashes() throws Exception {
        Issue issue = withAttributes("<!-- lines: kept -->\n", "床前明月光，\n疑是地上霜。\\\n举头望明月，\n低头思故乡。\n\n春眠\n不觉晓");
        var body = issue.pages().get(0).articles().get(0).body();
        assertEquals("床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。", ((Paragraph) body.get(0)).text());
        assertEquals("春眠\n不觉晓", ((Paragraph) body.get(1)).text(), "a blank line still parts the paragraphs");
        assertEquals("太原 晴\n大同 多云", paragraph(withAttributes("分行：保留\n", "太原 晴\n大同 多云")).text());
        Issue again = new IssueParser().parse(IssueWriter.write(issue), Path.of("again.txt"));
        assertEquals(body.stream().map(b -> ((Paragraph) b).text()).toList(),
                again.pages().get(0).articles().get(0).body().stream().map(b -> ((Paragraph) b).text()).toList());
    }

    @Test
    void linesTakesOnlyKept() {
        IssueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(IssueFormatException.class,
                () -> withAttributes("lines: all\n", "甲\n乙"));
        assertEquals(8, e.pos().line());
        assertEquals("'lines' must be 'kept' (every line break of the article's body is kept)", e.reason().toString());
    }
}
