package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import paiban.importer.IssueWriter;
import paiban.model.Article;
import paiban.model.Issue;

/** {@code head: reverse|vertical} and {@code box: NAME} dress an article; the writer writes them back. */
class ArticleFurnitureTest {
    private static Issue parse(String attributes) throws Exception {
        return new IssueParser().parse("---\npaper: 城关周报\n---\n# 第1版 要闻\n\n## 今日天气\n" + attributes
                + "\n晴。\n", Path.of("a.txt"));
    }

    private static Article article(Issue issue) {
        return issue.pages().get(0).articles().get(0);
    }

    @Test
    void anArticleIsPlainUnlessItAsks() throws Exception {
        Article a = article(parse("column: 天气\n"));
        assertFalse(a.furniture().reverseHead());
        assertFalse(a.furniture().boxed());
    }

    @Test
    void headReverseAndABoxAreKeptAndWrittenBack() throws Exception {
        Issue issue = parse("head: reverse\nbox: 花边\n");
        assertTrue(article(issue).furniture().reverseHead());
        assertEquals("花边", article(issue).furniture().box());
        Issue again = new IssueParser().parse(IssueWriter.write(issue), Path.of("again.txt"));
        assertEquals(article(issue).furniture(), article(again).furniture());
    }

    @Test
    void headVerticalInEnglishOrChineseIsKeptAndWrittenBack() throws Exception {
        for (String word : new String[] {"vertical", "竖排"}) {
            Issue issue = parse("head: " + word + "\nspan: 2\n");
            assertTrue(article(issue).furniture().verticalHead(), word);
            assertFalse(article(issue).furniture().reverseHead(), word);
            Issue again = new IssueParser().parse(IssueWriter.write(issue), Path.of("again.txt"));
            assertEquals(article(issue).furniture(), article(again).furniture());
        }
    }

    @Test
    void aVerticalHeadStandsBesideOneOrTwoColumnsOfTextOnly() {
        IssueFormatException wide = assertThrows(IssueFormatException.class,
                () -> parse("head: vertical\nspan: 3\n"));
        assertEquals(8, wide.pos().line(), wide.getMessage());
        assertTrue(wide.getMessage().contains("one- or two-column"), wide.getMessage());
        IssueFormatException photo = assertThrows(IssueFormatException.class, () -> new IssueParser().parse(
                "---\npaper: 城关周报\n---\n# 第1版 要闻\n\n## 今日天气\nhead: vertical\n\n晴。\n\n"
                        + "![雨后。](a.jpg \"3:2\")\n", Path.of("a.txt")));
        assertEquals(7, photo.pos().line(), photo.getMessage());
        assertTrue(photo.getMessage().contains("photo"), photo.getMessage());
    }

    @Test
    void headTakesOnlyReverse() {
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> parse("head: bold\n"));
        assertEquals(7, e.pos().line(), e.getMessage());
        assertTrue(e.getMessage().contains("reverse") && e.getMessage().contains("vertical"), e.getMessage());
    }
}
