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
        AdSlot a = parse("# 第2版\nad: 通栏 8x20 示例银行\n\n## 甲\n\n正文。\n").pages().get(0).info().ads().get(0);
        assertEquals(List.of(AdSlot.Kind.FULL_WIDTH, 8, 20, "示例银行"),
                List.of(a.kind(), a.columns(), a.lines(), a.label()));
        AdSlot b = parse("# 第2版\nad: 通栏 70mm\n").pages().get(0).info().ads().get(0);
        assertEquals("广告", b.label());
        assertEquals((int) Math.ceil(70 * 72 / 25.4 / 13.5), b.lines(13.5f), "70 mm in 13.5 pt lines, rounded up");
    }

    @Test
    void everyKindIsBookedWithItsSideSizeFileAndLabel() throws Exception {
        List<AdSlot> ads = parse("# 第1版\nad: 半通栏 左 4x20 ads/bank.pdf 示例银行\nad: 右上角 60x40mm\n"
                + "ad: 报眼 2x6 ear.PNG\nad: 半通栏 15行\n").pages().get(0).info().ads();
        assertEquals(4, ads.size(), "a page may book several blocks, one 'ad:' line each");
        AdSlot half = ads.get(0);
        assertEquals(List.of(AdSlot.Kind.HALF_LEFT, 4, 20, "ads/bank.pdf", "示例银行", 2),
                List.of(half.kind(), half.columns(), half.lines(), half.file(), half.label(), half.pos().line()));
        assertTrue(half.pdf());
        AdSlot corner = ads.get(1);
        assertEquals(List.of(AdSlot.Kind.TOP_RIGHT, 60f, 40f, "广告"),
                List.of(corner.kind(), corner.widthMm(), corner.heightMm(), corner.label()));
        assertEquals(List.of(AdSlot.Kind.EAR, "ear.PNG", false), List.of(ads.get(2).kind(), ads.get(2).file(),
                ads.get(2).pdf()));
        assertEquals(List.of(AdSlot.Kind.HALF_RIGHT, 0, 15), List.of(ads.get(3).kind(), ads.get(3).columns(),
                ads.get(3).lines()), "a 半通栏 stands at the right unless it says 左");
    }

    @Test
    void anAdThatCannotBeBookedIsAnErrorAtItsLine() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第2版\nad: 中间 3x10\n\n## 甲\n\n正文。\n"));
        assertEquals(2, e.pos().line());
        assertTrue(e.getMessage().contains("must start with a kind"), e.getMessage());
        IssueFormatException c = assertThrows(IssueFormatException.class,
                () -> parse("# 第2版\nad: 右下角 20\n"));
        assertTrue(c.getMessage().contains("needs a width"), c.getMessage());
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
