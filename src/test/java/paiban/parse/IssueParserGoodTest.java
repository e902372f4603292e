package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.model.Span;

class IssueParserGoodTest {
    private static Issue full;

    @BeforeAll
    static void parseFull() throws Exception {
        full = new IssueParser().parse(Resources.path("issues/good/full.txt"));
    }

    private static Article first() {
        return full.pages().get(0).articles().get(0);
    }

    private static Paragraph paragraph(int index) {
        return assertInstanceOf(Paragraph.class, first().body().get(index));
    }

    @Test
    void frontMatterFieldsOfEveryType() {
        IssueInfo info = full.info();
        assertEquals("科学导报", info.paper());
        assertEquals("broadsheet-8col", info.layout());
        assertEquals(LocalDate.of(2025, 5, 16), info.date());
        assertEquals(15, info.number());
        assertEquals(4374, info.serial());
        assertEquals("14-0015/N", info.cn());
        assertEquals("21-465", info.postalCode());
        assertEquals(8, info.pages());
        assertEquals(1984, info.founded());
        assertEquals("思想·深度·引导", info.motto());
        assertEquals(List.of("全国优秀科技报", "山西省十强报纸"), info.honors());
        assertEquals("山西省科学技术协会", info.supervisor());
        assertEquals("山西科技新闻出版传媒集团有限责任公司", info.publisher());
        assertEquals("http://www.kxdb.com", info.website());
        assertEquals("kfqjszk@163.com", info.email());
        assertEquals("1.50元", info.price());
    }

    @Test
    void pagesNumberedExplicitlyOrInOrder() {
        List<Page> pages = full.pages();
        assertEquals(3, pages.size());
        assertEquals(1, pages.get(0).number());
        assertEquals("要闻", pages.get(0).name());
        assertEquals(23, pages.get(0).pos().line());
        assertEquals(2, pages.get(1).number(), "a page without 第N版 follows the previous number");
        assertEquals("副刊", pages.get(1).name());
        assertEquals("赵六", pages.get(1).info().editor());
        assertTrue(pages.get(1).articles().isEmpty(), "a page may have no articles");
        assertEquals(5, pages.get(2).number());
        assertNull(pages.get(2).name());
    }

    @Test
    void pageAttributes() {
        PageInfo info = full.pages().get(0).info();
        assertEquals(new PageInfo("开发区建设", "周刊", "山西省商务厅", "加强开发区建设 推动高质量发展", "张三", "李四",
                "王五", "front"), info);
    }

    @Test
    void articleAttributesAndForcedHeadlineBreak() {
        Article a = first();
        assertEquals(List.of("探路领跑", "动能澎湃"), a.headline());
        assertEquals("引资量质齐升", a.kicker());
        assertEquals("——山西转型综合改革示范区回访记", a.subtitle());
        assertEquals("创新前沿", a.column());
        assertEquals("科学导报讯 记者王波", a.dateline());
        assertEquals("邓伟强", a.byline());
        assertEquals(4, a.span());
        assertEquals(paiban.model.Place.LEAD, a.place());
        assertEquals(33, a.pos().line());
        List<Article> articles = full.pages().get(0).articles();
        assertEquals(List.of("第二篇", "用制表符断行"), articles.get(1).headline(), "a tab breaks the headline");
        assertEquals(List.of("第三篇 只有标题"), articles.get(2).headline(), "a single space stays in the line");
        assertTrue(articles.get(1).body().isEmpty());
        assertNull(articles.get(2).span());
    }

    @Test
    void cjkLinesJoinWithoutSpaceAndIndentIsStripped() {
        Paragraph p = paragraph(0);
        assertEquals("山西是全国第一个全省域、全方位、系统的国家资源型经济转型综合配套改革试验区。", p.text());
        assertEquals(42, p.pos().line());
    }

    @Test
    void latinLinesJoinWithOneSpace() {
        assertEquals("This paragraph is written in English and joined with spaces.", paragraph(1).text());
    }

    @Test
    void mixedLatinAndCjkJoinWithoutSpace() {
        assertEquals("使用16GW光伏和AI技术，2025年5月。", paragraph(2).text());
    }

    @Test
    void boldSpansAndEscapes() {
        Paragraph p = paragraph(3);
        assertEquals(List.of(new Span("这是", false), new Span("加粗", true),
                new Span("的文字，*不是粗体*，", false), new Span("跨行加粗", true), new Span("结束。", false)),
                p.spans());
    }

    @Test
    void photosWithAndWithoutAspect() {
        Photo withRatio = assertInstanceOf(Photo.class, first().body().get(4));
        assertEquals("正在加紧建设的算力项目。 ■ 示范区供图", withRatio.caption());
        assertEquals("photos/suanli.jpg", withRatio.path());
        assertEquals(1.5, withRatio.aspect(), 1e-9);
        assertEquals(59, withRatio.pos().line());
        Photo bare = assertInstanceOf(Photo.class, first().body().get(5));
        assertEquals("", bare.caption());
        assertEquals("photos/empty.jpg", bare.path());
        assertNull(bare.aspect());
        Photo decimal = assertInstanceOf(Photo.class, first().body().get(6));
        assertEquals(0.75, decimal.aspect(), 1e-9);
    }

    @Test
    void commentsAreIgnoredAndDoNotSplitParagraphs() {
        assertEquals("正文继续，没有断开。", paragraph(7).text());
        assertEquals("最后一段。", paragraph(8).text());
        assertEquals(9, first().body().size());
        for (var block : first().body()) {
            if (block instanceof Paragraph p) {
                assertFalse(p.text().contains("comment"), p.text());
            }
        }
    }

    @Test
    void fileWithoutPageHeadingIsOnePageNumberedOne() throws Exception {
        Issue issue = new IssueParser().parse(Resources.path("issues/good/no-page-heading.txt"));
        assertEquals(1, issue.pages().size());
        Page page = issue.pages().get(0);
        assertEquals(1, page.number());
        assertNull(page.name());
        assertEquals(IssueInfo.empty(), issue.info());
        Article a = page.articles().get(0);
        assertEquals(List.of("只有文章的文件"), a.headline());
        assertEquals("记者", a.byline());
        assertEquals(2, a.body().size());
        assertEquals(6, a.body().get(1).pos().line());
    }

    @Test
    void emptyFrontMatterAndEmptyPage() throws Exception {
        Issue issue = new IssueParser().parse(Resources.path("issues/good/empty-front-matter.txt"));
        assertEquals(IssueInfo.empty(), issue.info());
        assertEquals(2, issue.pages().get(0).number());
        assertEquals("体育", issue.pages().get(0).name());
    }

    @Test
    void bomAndCrlfAndScalarsThatYamlWouldRetype() throws Exception {
        Path file = Resources.path("issues/good/bom-crlf.txt");
        Issue issue = new IssueParser().parse(file);
        assertEquals(file, issue.source());
        assertEquals("测试报", issue.info().paper());
        assertEquals(List.of("唯一荣誉"), issue.info().honors(), "a single honor is a one-item list");
        assertEquals("2146", issue.info().postalCode(), "a number-looking postal code stays text");
        assertEquals("14-0015", issue.info().cn());
        Article a = issue.pages().get(0).articles().get(0);
        assertEquals("第一行第二行", ((Paragraph) a.body().get(0)).text());
        assertEquals(10, a.body().get(0).pos().line());
    }

    @Test
    void emptyTextIsAnErrorOnLineOne() {
        for (String empty : new String[] {"", "\n\n", " \t\u3000\n", "\uFEFF", "\uFEFF\r\n  \r\n"}) {
            IssueFormatException e = assertThrows(IssueFormatException.class,
                    () -> new IssueParser().parse(empty, Path.of("x.txt")));
            assertEquals(1, e.pos().line());
            assertTrue(e.getMessage().startsWith("x.txt:1: the file is empty"), e.getMessage());
        }
    }

    @Test
    void yamlDatesAndFloatsStayAsWritten() throws Exception {
        Issue issue = new IssueParser().parse("---\npostal-code: 2025-05-16\nprice: 1.50\nmotto: yes\n---\n",
                Path.of("x.txt"));
        assertEquals("2025-05-16", issue.info().postalCode());
        assertEquals("1.50", issue.info().price());
        assertEquals("yes", issue.info().motto());
    }
}
