package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.model.AdSlot;
import paiban.model.Article;
import paiban.model.Issue;

/** The page's booked ad ({@code ad:}) and the paragraphs an editor marks cuttable ({@code cuttable:}). */
class AdAndCuttableTest {

    private static Issue parse(String text) throws Exception {
        return new IssueParser().parse(text, Path.of("t.txt"));
    }

    @Test
    void aFullWidthAdIsBookedInLinesOrMillimetres() throws Exception {
        AdSlot a = parse("# 第2版\nad: 通栏 8x20 示例银行\n\n## 甲\n\n正文。\n").pages().get(0).info().ad();
        assertEquals(List.of("通栏", 8, 20, "示例银行"), List.of(a.kind(), a.columns(), a.lines(), a.label()));
        AdSlot b = parse("# 第2版\nad: 通栏 70mm\n").pages().get(0).info().ad();
        assertEquals("广告", b.label());
        assertEquals((int) Math.ceil(70 * 72 / 25.4 / 13.5), b.lines(13.5f), "70 mm in 13.5 pt lines, rounded up");
    }

    @Test
    void anAdThatCannotBeBookedIsAnErrorAtItsLine() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第2版\nad: 报眼 3x10\n\n## 甲\n\n正文。\n"));
        assertEquals(2, e.pos().line());
        assertTrue(e.getMessage().contains("only 通栏"), e.getMessage());
        IssueFormatException f = assertThrows(IssueFormatException.class, () -> parse("# 第2版\nad: 通栏 大\n"));
        assertEquals(2, f.pos().line());
    }

    @Test
    void cuttableNamesParagraphsOfTheArticle() throws Exception {
        Article a = parse("# 第2版\n\n## 甲\ncuttable: 2, 3\n\n一。\n\n二。\n\n三。\n").pages().get(0).articles().get(0);
        assertEquals(List.of(2, 3), a.cuttable());
        Article cut = a.withoutParagraph(2);
        assertEquals(2, cut.body().size());
        assertEquals("三。", cut.paragraph(2).text());
        assertEquals(List.of(2), cut.cuttable(), "the mark of the paragraph after the cut moves up");
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第2版\n\n## 甲\ncuttable: 4\n\n一。\n"));
        assertTrue(e.getMessage().contains("no 4"), e.getMessage());
    }
}
