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
}
