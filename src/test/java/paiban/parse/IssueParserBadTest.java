package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Each bad file must fail with a message that names the file, the line to fix and the offending text, so a writer can
 * act on it without reading the parser.
 */
class IssueParserBadTest {

    private static IssueFormatException bad(String file, int line, String text, String reason) {
        Path path = Resources.path("issues/bad/" + file);
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> new IssueParser().parse(path));
        String message = e.getMessage();
        assertTrue(message.startsWith(path + ":" + line + ": "), message);
        assertTrue(message.contains(file), message);
        assertTrue(message.contains("\"" + text + "\""), message);
        assertTrue(message.contains(reason), message);
        assertEquals(line, e.pos().line());
        assertEquals(path, e.pos().file());
        assertEquals(text, e.text());
        return e;
    }

    @Test
    void unknownFrontMatterKey() {
        IssueFormatException e = bad("unknown-front-matter-key.txt", 4, "spam: 1", "unknown key 'spam' in front matter");
        assertTrue(e.getMessage().endsWith(":4: unknown key 'spam' in front matter: \"spam: 1\""), e.getMessage());
    }

    @Test
    void unknownPageKey() {
        bad("unknown-page-key.txt", 6, "background: red", "unknown key 'background' in page attributes");
    }

    @Test
    void pageColourIsTrueOrFalse() {
        bad("bad-page-colour.txt", 5, "colour: red", "'colour' must be true or false");
    }

    @Test
    void unknownArticleKey() {
        IssueFormatException e = bad("unknown-article-key.txt", 5, "spam: 1", "unknown key 'spam' in article attributes");
        assertTrue(e.getMessage().endsWith("unknown-article-key.txt:5: unknown key 'spam' in article attributes: "
                + "\"spam: 1\""), e.getMessage());
    }

    @Test
    void unclosedFrontMatter() {
        bad("unclosed-front-matter.txt", 1, "---", "never closed");
    }

    @Test
    void yamlSyntaxErrorIsMappedToTheFileLine() {
        // the flow sequence on line 3 is never closed; SnakeYAML notices on the next line
        bad("bad-yaml.txt", 4, "date: 2025-05-16", "YAML syntax error");
    }

    @Test
    void yamlErrorOnItsOwnLine() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("---\npaper: 科学导报\nmotto: a: b\n---\n", Path.of("issue.txt")));
        assertTrue(e.getMessage().startsWith("issue.txt:3: YAML syntax error in front matter: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": \"motto: a: b\""), e.getMessage());
    }

    @Test
    void numberThatIsNotANumber() {
        bad("bad-number.txt", 3, "number: abc", "'number' must be a whole number");
    }

    @Test
    void dateThatDoesNotExist() {
        bad("bad-date.txt", 3, "date: 2025-13-01", "'date' must be a real date");
    }

    @Test
    void spanOfZero() {
        bad("bad-span.txt", 5, "span: 0", "'span' must be a whole number of columns above 0");
    }

    @Test
    void cnWithWrongShape() {
        bad("bad-cn.txt", 3, "cn: 14-15", "'cn' must look like 14-0015");
    }

    @Test
    void labelColonThatIsNotAColon() {
        bad("bad-label-colon.txt", 3, "label-colon: \"-\"", "'label-colon' is the colon after a header band label");
    }

    @Test
    void unmatchedBold() {
        bad("unmatched-bold.txt", 7, "这一段有**没有结束的", "unmatched '**'");
    }

    @Test
    void textOutsideAnArticle() {
        bad("text-outside-article.txt", 4, "一段不属于任何文章的文字。", "text outside an article");
    }

    @Test
    void paragraphsWithoutAnyArticleHeading() {
        bad("no-article-at-all.txt", 4, "第一段文字。", "this file has no article heading; start each article with a"
                + " line '## headline'");
    }

    @Test
    void invalidUtf8NamesTheLineOfTheBadByte() {
        bad("invalid-utf8.txt", 6, "坏的\uFFFD字节。", "invalid UTF-8: byte 0xFF");
    }

    @Test
    void articleWithoutHeadline() {
        bad("headline-missing.txt", 3, "##", "article without headline");
    }

    @Test
    void attributeWithEmptyValue() {
        bad("empty-attribute.txt", 4, "kicker:", "empty value for 'kicker'");
    }

    @Test
    void duplicateArticleKey() {
        bad("duplicate-article-key.txt", 5, "byline: 乙", "duplicate key 'byline' in article attributes (first on line 4)");
    }

    @Test
    void duplicateFrontMatterKey() {
        bad("duplicate-front-matter-key.txt", 3, "paper: 另一报", "duplicate key 'paper' in front matter");
    }

    @Test
    void placeOutsideTheList() {
        bad("bad-place.txt", 4, "place: middle", "'place' must be one of top, bottom, left, right, lead");
    }

    @Test
    void unclosedComment() {
        bad("unclosed-comment.txt", 5, "正文。<!-- 这个注释", "comment '<!--' is never closed");
    }

    @Test
    void photoWithUnreadableAspect() {
        bad("bad-photo-aspect.txt", 5, "![图片说明](photos/a.jpg \"wide\")", "photo aspect");
    }

    @Test
    void textNamesGivenNameWhenParsingAString() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("# 第1版\n\n## 标题\nspam: 1\n", Path.of("issue.txt")));
        assertEquals("issue.txt:4: unknown key 'spam' in article attributes: \"spam: 1\"", e.getMessage());
    }

    @Test
    void pageNumberInChineseNumerals() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("# 第一版 要闻\n", Path.of("issue.txt")));
        assertEquals("issue.txt:1: write the page number with digits, e.g. '# 第1版 要闻': \"# 第一版 要闻\"",
                e.getMessage());
    }

    @Test
    void duplicatePageNumber() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("# 第1版\n# 第1版\n", Path.of("issue.txt")));
        assertTrue(e.getMessage().startsWith("issue.txt:2: duplicate page 第1版"), e.getMessage());
    }

    @Test
    void attributeAfterBlankLineIsExplained() {
        IssueFormatException e = assertThrows(IssueFormatException.class,
                () -> new IssueParser().parse("# 第1版\n\nsection: 要闻\n", Path.of("issue.txt")));
        assertTrue(e.getMessage().contains("must follow their '#' or '##' heading directly"), e.getMessage());
    }
}
