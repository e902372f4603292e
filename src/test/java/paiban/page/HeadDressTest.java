package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.galley.SetLine;
import paiban.galley.StyleBook;
import paiban.spec.Cmyk;
import paiban.spec.ColumnHeadStyle;
import paiban.spec.FurnitureSpec;
import paiban.spec.LayoutLoader;
import paiban.spec.Role;

/** Column tags drawn as the layout's column head, and reversed (反白) headlines: white type on a solid bar. */
class HeadDressTest {
    private static final float LEFT = 100;
    private static final float WIDTH = 300;
    private static StyleBook styles;

    @BeforeAll
    static void load() throws Exception {
        styles = new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
    }

    private static List<Mark> dress(ColumnHeadStyle style, Role role, boolean reverseHead) {
        SetLine line = new SetLine(new DisplayText().line("创新前沿", styles.text(role)), 0, 20, styles.color(role),
                role);
        TextMark plain = new TextMark(line.line(), LEFT, 120, line.color());
        List<Mark> marks = new ArrayList<>();
        new HeadDress(new FurnitureSpec(style, Cmyk.BLACK)).draw(marks, line, plain, LEFT, WIDTH, reverseHead);
        return marks;
    }

    private static TextMark text(List<Mark> marks) {
        return assertInstanceOf(TextMark.class, marks.get(marks.size() - 1), "the type stands on its ornaments");
    }

    @Test
    void aPlainTagIsDrawnAsBefore() {
        List<Mark> marks = dress(ColumnHeadStyle.PLAIN, Role.COLUMN_TAG, false);
        assertEquals(1, marks.size());
        assertEquals(LEFT, text(marks).x());
    }

    @Test
    void aRuledTagHasARuleAcrossTheHeadUnderIt() {
        List<Mark> marks = dress(ColumnHeadStyle.RULE, Role.COLUMN_TAG, false);
        RuleMark rule = assertInstanceOf(RuleMark.class, marks.get(0));
        assertEquals(WIDTH, rule.x1() - rule.x0(), 0.01f);
        assertTrue(rule.y0() > text(marks).baseline(), "the rule stands under the tag");
    }

    @Test
    void aBarOrAFlowerStandsBeforeTheTagWhichMovesRight() {
        for (ColumnHeadStyle style : List.of(ColumnHeadStyle.BAR, ColumnHeadStyle.FLOWER)) {
            List<Mark> marks = dress(style, Role.COLUMN_TAG, false);
            BoxMark ornament = assertInstanceOf(BoxMark.class, marks.get(0));
            assertEquals(LEFT, ornament.x(), 0.01f);
            TextMark tag = assertInstanceOf(TextMark.class, marks.get(1));
            assertTrue(tag.x() > ornament.x() + ornament.width(), style + ": the tag clears its ornament");
        }
    }

    @Test
    void aReversedTagIsWhiteOnASolidBlockAsWideAsItself() {
        List<Mark> marks = dress(ColumnHeadStyle.REVERSE, Role.COLUMN_TAG, false);
        BoxMark block = assertInstanceOf(BoxMark.class, marks.get(0));
        TextMark tag = text(marks);
        assertEquals(Cmyk.BLACK, block.fill());
        assertEquals(Cmyk.WHITE, tag.color());
        assertTrue(block.x() < tag.x() && tag.x() + tag.line().width() < block.x() + block.width(),
                "the block reaches round the tag");
        assertTrue(block.width() < WIDTH, "the block is as wide as the tag, a rule runs on");
    }

    @Test
    void aReversedHeadlineIsWhiteOnABarAcrossTheHead() {
        List<Mark> marks = dress(ColumnHeadStyle.PLAIN, Role.HEADLINE, true);
        BoxMark bar = assertInstanceOf(BoxMark.class, marks.get(0));
        TextMark headline = text(marks);
        assertEquals(WIDTH, bar.width(), 0.01f);
        assertEquals(Cmyk.WHITE, headline.color());
        float size = headline.line().glyphs().get(0).size();
        assertTrue(bar.y() < headline.baseline() - size * 0.8f && bar.y() + bar.height() > headline.baseline(),
                "the bar stands behind the headline's glyphs");
    }

    @Test
    void aHeadlineNotReversedIsLeftAlone() {
        List<Mark> marks = dress(ColumnHeadStyle.REVERSE, Role.HEADLINE, false);
        assertEquals(1, marks.size());
        assertEquals(styles.color(Role.HEADLINE), text(marks).color());
    }
}
