package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.model.Photo;

/**
 * Chinese desks type Chinese key names and full-width colons: both are documented aliases, read as attributes and
 * never as body text. Photos need no blank line around them.
 */
class ChineseKeysTest {

    static final Path FILE = Path.of("issue.txt");

    static Issue parse(String text) throws IssueFormatException {
        return new IssueParser().parse(text, FILE);
    }

    static Article only(String text) throws IssueFormatException {
        return parse(text).pages().get(0).articles().get(0);
    }

    @Test
    void fullWidthColonsAndChineseArticleKeys() throws Exception {
        Article a = only("# 第1版\n\n## 标题\n引题：引题文字\n副题：——副题文字\n栏目: 创新前沿\n电头：科学导报讯\n作者：王波\n"
                + "栏数：3\n位置：lead\n\n正文。\n");
        assertEquals("引题文字", a.kicker());
        assertEquals("——副题文字", a.subtitle());
        assertEquals("创新前沿", a.column());
        assertEquals("科学导报讯", a.dateline());
        assertEquals("王波", a.byline());
        assertEquals(3, a.span());
        assertEquals(paiban.model.Place.LEAD, a.place());
        assertEquals(1, a.body().size());
        Article b = only("# 第1版\n\n## 标题\nbyline：王波\nkicker ： 引\n\n正文。\n");
        assertEquals("王波", b.byline());
        assertEquals("引", b.kicker());
    }

    @Test
    void aChineseKeyAndItsEnglishKeyAreOneKey() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\nbyline: 甲\n作者：乙\n\n正文。\n"));
        assertEquals(5, e.pos().line());
        assertTrue(e.reason().toString().startsWith("duplicate key 'byline'"), e.reason().toString());
    }

    @Test
    void chinesePageKeysAndPageNumber() throws Exception {
        Issue issue = parse("# 第2版 国内\n责任编辑：张三\n版次：第2版\n\n## 标题\n\n正文。\n");
        assertEquals("张三", issue.pages().get(0).info().editor());
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n版次：2\n\n## 标题\n\n正文。\n"));
        assertEquals(2, e.pos().line());
        IssueFormatException unknown = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n主编：张三\n\n## 标题\n\n正文。\n"));
        assertEquals("unknown key '主编' in page attributes", unknown.reason().toString());
    }

    @Test
    void chineseFrontMatterKeys() throws Exception {
        Issue issue = parse("---\n报名：科学导报\n日期: 2025-05-16\npaper2：x\n---\n".replace("paper2：x\n", "")
                + "# 第1版\n\n## 标题\n\n正文。\n");
        assertEquals("科学导报", issue.info().paper());
        assertEquals(LocalDate.of(2025, 5, 16), issue.info().date());
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("---\npaper：甲\n主编：乙\n---\n# 第1版\n"));
        assertEquals(3, e.pos().line());
    }

    @Test
    void photoKeyAndPhotoLinesWithoutBlankLines() throws Exception {
        Article a = only("# 第1版\n\n## 标题\n\n第一段。\n![说明一](a.jpg)\n第二段。\n图片：photos/b.png 说明二\n![说明\n三](<c d.jpg> \"3:2\")\n第三段。\n");
        List<Class<?>> kinds = a.body().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(Paragraph.class, Photo.class, Paragraph.class, Photo.class, Photo.class, Paragraph.class),
                kinds);
        assertEquals("a.jpg", ((Photo) a.body().get(1)).path());
        assertEquals(6, a.body().get(1).pos().line());
        Photo b = assertInstanceOf(Photo.class, a.body().get(3));
        assertEquals("photos/b.png", b.path());
        assertEquals("说明二", b.caption());
        Photo c = (Photo) a.body().get(4);
        assertEquals("c d.jpg", c.path());
        assertEquals("说明三", c.caption());
    }

    @Test
    void anUnknownChineseKeyUnderAHeadlineStartsTheBodyWithAWarning() throws Exception {
        Issue issue = parse("# 第1版\n\n## 标题\n编者按：正文。\n");
        assertEquals("编者按：正文。", ((Paragraph) issue.pages().get(0).articles().get(0).body().get(0)).text());
        assertTrue(issue.notices().stream().anyMatch(n -> n.toString().startsWith("issue.txt:4: '编者按' is not an article attribute")),
                issue.notices().toString());
    }

    @Test
    void fullWidthPageNumbers() throws Exception {
        assertEquals(12, parse("# 第１２版 要闻\n\n## 甲\n\n正文。\n").pages().get(0).number());
    }

    @Test
    void pageNumbersBeyondTheLimitNameTheLine() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 甲\n\n正文。\n\n# 第99999999999999999999版\n"));
        assertEquals(7, e.pos().line());
        assertTrue(e.reason().toString().contains("too large"), e.reason().toString());
    }

    @Test
    void anAttributeAfterABlankLineIsTextWithAWarningNamingIt() throws Exception {
        Issue issue = parse("# 第1版\n\n## 标题\n\nbyline: 王波\n\n作者：李四\n\n编者按：正文。\n");
        List<String> warned = issue.notices().stream().map(Object::toString).filter(n -> n.contains("looks like an attribute")).toList();
        assertEquals(2, warned.size(), issue.notices().toString());
        assertTrue(warned.get(0).startsWith("issue.txt:5: 'byline'"), warned.get(0));
        assertTrue(warned.get(1).startsWith("issue.txt:7: '作者'"), warned.get(1));
        assertEquals(3, issue.pages().get(0).articles().get(0).body().size());
    }

    @Test
    void aHeadingWithoutItsSpaceIsAnError() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\n\n正文。\n\n#第2版 国内\n"));
        assertEquals(7, e.pos().line());
        IssueFormatException h = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n##标题\n\n正文。\n"));
        assertEquals(3, h.pos().line());
    }
}
