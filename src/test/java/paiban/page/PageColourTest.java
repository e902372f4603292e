package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.Cmyk;

/** A page that says {@code colour: false} goes to press on the K plate alone: no mark on it carries C, M or Y. */
class PageColourTest {
    private static final Cmyk MASTHEAD = new Cmyk(0.9f, 0.3f, 1f, 0.2f);
    private static final Cmyk GREY = new Cmyk(0, 0, 0, 0.15f);

    @Test
    void typeAndRulesTurnSolidBlackFillsTheGreyOfTheirDarkness() {
        List<Mark> marks = PageColour.inBlack(List.of(
                new TextMark(null, 0, 0, MASTHEAD),
                new TextMark(null, 0, 0, GREY),
                new TextMark(null, 0, 0, null),
                new RuleMark(0, 0, 10, 0, 1, MASTHEAD),
                new BoxMark(0, 0, 10, 10, new Cmyk(0, 1, 1, 0), MASTHEAD, 1),
                new BoxMark(0, 0, 10, 10, Cmyk.WHITE, GREY, 1)));
        assertEquals(Cmyk.BLACK, ((TextMark) marks.get(0)).color(), "a column tag in the masthead colour");
        assertEquals(GREY, ((TextMark) marks.get(1)).color(), "a grey stays as it is");
        assertNull(((TextMark) marks.get(2)).color(), "an invisible line stays invisible");
        assertEquals(Cmyk.BLACK, ((RuleMark) marks.get(3)).color());
        BoxMark red = (BoxMark) marks.get(4);
        assertEquals(Cmyk.BLACK, red.stroke());
        assertEquals(new Cmyk(0, 0, 0, 0.70f), red.fill(), "solid red is as dark as 70 % black");
        assertEquals(Cmyk.WHITE, ((BoxMark) marks.get(5)).fill(), "paper stays paper");
    }

    @Test
    void onlyAPageThatSaysColourFalseIsInBlackAlone() throws Exception {
        Issue issue = new IssueParser().parse("# 第1版\n\n## 甲\n\n文。\n\n# 第2版\ncolour: false\n\n## 乙\n\n文。\n\n"
                + "# 第3版\n<!-- colour: true -->\n\n## 丙\n\n文。\n", Path.of("a.txt"));
        assertFalse(PageColour.blackOnly(issue.pages().get(0)), "a page that says nothing keeps the layout's colours");
        assertTrue(PageColour.blackOnly(issue.pages().get(1)));
        assertFalse(PageColour.blackOnly(issue.pages().get(2)));
    }
}
