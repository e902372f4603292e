package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.model.Place;

/**
 * A line that is one whole comment saying {@code key: value} with a key its attribute block knows is that
 * attribute (a directive: it steers the page and prints nothing); every other comment stays a comment.
 */
class DirectiveTest {

    private static final Path FILE = Path.of("issue.txt");

    private static Issue parse(String text) throws IssueFormatException {
        return new IssueParser().parse(text, FILE);
    }

    private static Article only(String text) throws IssueFormatException {
        return parse(text).pages().get(0).articles().get(0);
    }

    private static String bodyText(Article a) {
        StringBuilder s = new StringBuilder();
        a.body().forEach(b -> s.append(b instanceof Paragraph p ? p.text() : "").append('|'));
        return s.toString();
    }

    @Test
    void aDirectiveInTheArticleBlockIsTheAttribute() throws Exception {
        Article a = only("# 第1版\n\n## 标题\nkicker: 引题\n<!-- place: lead -->\n  <!--span: 2-->  \nbyline: 王波\n"
                + "<!-- 栏目：天气 -->\n\n正文。\n");
        assertEquals(Place.LEAD, a.place());
        assertEquals(2, (int) a.span());
        assertEquals("引题", a.kicker());
        assertEquals("王波", a.byline(), "the block goes on after a directive");
        assertEquals("天气", a.column(), "Chinese keys and the full-width colon work as on a plain line");
        assertEquals("正文。|", bodyText(a));
    }

    @Test
    void aDirectiveInThePageBlockIsThePageAttribute() throws Exception {
        Issue issue = parse("# 第2版 综合\neditor: 张三\n<!-- colour: false -->\n<!-- 版次：第2版 -->\n\n## 标题\n\n正文。\n");
        assertEquals(Boolean.FALSE, issue.pages().get(0).info().colour());
        assertEquals("张三", issue.pages().get(0).info().editor());
    }

    @Test
    void aDirectiveAndTheSameDirectiveAsALineAreOneTwiceWritten() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\nspan: 2\n<!-- span: 3 -->\n\n正文。\n"));
        assertEquals(5, e.pos().line());
        assertTrue(e.reason().toString().startsWith("duplicate key 'span'"), e.reason().toString());
        assertEquals("<!-- span: 3 -->", e.text(), "the error quotes the line as written");
    }

    @Test
    void aDirectiveIsCheckedAsThePlainLineIs() {
        IssueFormatException plain = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\nspan: 零\n\n正文。\n"));
        IssueFormatException directive = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\n<!-- span: 零 -->\n\n正文。\n"));
        assertEquals(plain.reason().toString(), directive.reason().toString());
        assertEquals(4, directive.pos().line());
        assertEquals("<!-- span: 零 -->", directive.text());
        IssueFormatException empty = assertThrows(IssueFormatException.class,
                () -> parse("# 第1版\n\n## 标题\n<!-- head: -->\n\n正文。\n"));
        assertTrue(empty.reason().toString().startsWith("empty value for 'head'"), empty.reason().toString());
    }

    @Test
    void otherCommentsStayComments() throws Exception {
        // an unknown key, a key of the other block, a multi-line comment, words with a colon: all dropped
        Issue issue = parse("# 第1版 要闻\n<!-- place: lead -->\n<!-- 待定: 明天再看 -->\n\n## 标题\n<!-- TODO: 核对数字 -->\n"
                + "<!-- editor: 张三 -->\n<!--\nspan: 3\n-->\n<!-- 注意，span: 3 要核对 -->\nkicker: 引\n\n正文。\n");
        Article a = issue.pages().get(0).articles().get(0);
        assertNull(a.place());
        assertNull(a.span());
        assertEquals("引", a.kicker(), "a dropped comment does not end the attribute block");
        assertNull(issue.pages().get(0).info().editor());
        assertEquals("正文。|", bodyText(a));
        // the page attribute under the headline and the article attribute under the page heading are named
        List<String> named = issue.notices().stream().filter(w -> w.code() == paiban.message.Warning.Code.DIRECTIVE_AS_COMMENT)
                .map(w -> w.line() + " " + w).toList();
        assertEquals(2, named.size(), named.toString());
        assertTrue(named.get(0).startsWith("2 "), named.toString());
        assertTrue(named.get(1).startsWith("7 ") && named.get(1).contains("'editor'"), named.toString());
    }

    @Test
    void aDirectiveOutsideAnAttributeBlockIsAComment() throws Exception {
        Article a = only("# 第1版\n\n## 标题\nkicker: 引\n\n第一段，\n<!-- place: lead -->\n接着写。\n\n<!-- span: 2 -->\n\n第二段。\n");
        assertNull(a.place());
        assertNull(a.span());
        assertEquals("第一段，接着写。|第二段。|", bodyText(a));
        assertFalse(bodyText(a).contains("lead"));
        assertEquals(2, parse("# 第1版\n\n## 标题\nkicker: 引\n\n第一段，\n<!-- place: lead -->\n接着写。\n\n<!-- span: 2 -->\n\n第二段。\n")
                .notices().stream().filter(w -> w.code() == paiban.message.Warning.Code.DIRECTIVE_AS_COMMENT).count());
    }

    @Test
    void aCommentAfterTextOnItsLineIsNoDirective() throws Exception {
        Issue issue = parse("# 第1版\n\n## 标题\nkicker: 引 <!-- span: 2 -->\n\n正文。\n");
        Article a = issue.pages().get(0).articles().get(0);
        assertEquals("引", a.kicker());
        assertNull(a.span());
        assertEquals(List.of(), issue.notices().stream().filter(w -> w.toString().contains("span")).toList());
    }
}
