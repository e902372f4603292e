package paiban.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Justification, push-in and push-out, and the last line (§2, §4). */
class JustificationTest {

    private static final ParagraphFormat NO_INDENT = Galleys.column(13).withIndent(0);

    @ParameterizedTest
    @ValueSource(ints = {11, 13, 17, 27})
    void everyCorpusParagraphIsFlushAndKeepsTheRules(int characters) {
        ParagraphFormat format = Galleys.column(characters);
        int lines = 0;
        for (String paragraph : Corpus.paragraphs()) {
            List<Line> galley = Galleys.set(paragraph, format);
            lines += galley.size();
            assertEquals(paragraph, Galleys.text(galley));
            List<String> faults = GalleyRules.all(galley, format);
            assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(galley));
        }
        assertTrue(lines > 500, "corpus too small: " + lines);
    }

    @Test
    void aMidLineStopKeepsItsBlankSoTheLinePushesOut() {
        // 4 + 1 (。) + 8 ideographs = 13 em; the ， would need half an em that only the 。 blank could give, and
        // 开明式 keeps a sentence end full width inside a line: 心 goes down with the ，.
        List<Line> lines = Galleys.set("中国科学。技术大学新闻中心，我们今天来到这里看看大家", NO_INDENT);
        Line first = lines.get(0);
        assertEquals("中国科学。技术大学新闻中", first.text(), Galleys.show(lines));
        assertTrue(first.glyphs().get(4).advance() >= 9f - 1e-4, "the 。 lost its blank");
        assertEquals(117f, Galleys.rightEdge(first), 0.01f);
    }

    @Test
    void pushOutTakesACharacterDownWhenNothingCanBeSqueezed() {
        List<Line> lines = Galleys.set("中国科学技术大学新闻中心报，我们今天来到这里看看大家", NO_INDENT);
        assertEquals("中国科学技术大学新闻中心", lines.get(0).text(), Galleys.show(lines));
        assertTrue(lines.get(1).text().startsWith("报，"));
        // the freed em is spread evenly over the 11 gaps
        List<PlacedGlyph> g = lines.get(0).glyphs();
        for (int k = 1; k < g.size(); k++) {
            assertEquals(9f + 9f / 11, g.get(k).x() - g.get(k - 1).x(), 1e-3);
        }
    }

    @Test
    void aLooseLineGivesAPauseItsFullEmBeforeItsGapsGrowWide() {
        // 11.5 em of text before a number no line can share: 1.5 em to place. The gaps open to 0.1 em (1 em over
        // ten), then the ， takes back the half em 开明式 took from it, so no gap passes 0.1 em.
        List<Line> loose = Galleys.set("我们说，今年研究的数字是123456789012345。", NO_INDENT);
        assertEquals("我们说，今年研究的数字是", loose.get(0).text(), Galleys.show(loose));
        List<PlacedGlyph> g = loose.get(0).glyphs();
        assertEquals(9f, g.get(3).advance(), 1e-3, "the ， is a full em");
        assertEquals(0.1 * 9, g.get(1).x() - (g.get(0).x() + g.get(0).advance()), 1e-3);
        // a line that needs less keeps its ， at half an em
        List<Line> solid = Galleys.set("我们说，今年研究的数字是这个，好不好。", NO_INDENT);
        assertEquals(4.5f, solid.get(0).glyphs().get(3).advance(), 1e-3, Galleys.show(solid));
    }

    @Test
    void aLooseLineOpensAQuarterEmBetweenHanAndLatinBeforeItsGapsGrowWide() {
        List<Line> lines = Galleys.set("甲乙丙丁戊己3庚辛壬癸123456789012345678。", NO_INDENT);
        List<PlacedGlyph> g = lines.get(0).glyphs();
        assertEquals("甲乙丙丁戊己3庚辛壬癸", lines.get(0).text(), Galleys.show(lines));
        double gap = g.get(1).x() - (g.get(0).x() + g.get(0).advance());
        assertTrue(gap > 0.1 * 9, "the line is looser than comfort: " + gap);
        assertEquals(gap + 9 / 4f, g.get(6).x() - (g.get(5).x() + g.get(5).advance()), 1e-3, "己 3");
        assertEquals(gap + 9 / 4f, g.get(7).x() - (g.get(6).x() + g.get(6).advance()), 1e-3, "3 庚");
        assertEquals(117f, Galleys.rightEdge(lines.get(0)), 0.01f);
    }

    @Test
    void numbersAndLatinWordsAreNeverSpread() {
        String text = "国内生产总值超过126万亿元，增长5.2%，国产大飞机C919投入商业运营。"
                + "据Reuters报道，iPhone销量达到2,345万部，同比增长12.5%，GDP增速为3.14个百分点。";
        for (int characters = 9; characters <= 19; characters++) {
            ParagraphFormat format = Galleys.column(characters);
            List<Line> lines = Galleys.set(text, format);
            List<String> faults = GalleyRules.all(lines, format);
            assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
        }
    }

    @Test
    void lastLineNeverHoldsASingleCharacter() {
        // indent 2 + 11 ideographs, then 13: a 25th ideograph with its 。 would stand alone on line three.
        String twentyFour = "中国科学技术大学新闻中心报道我们今天来到这里看看";
        assertEquals(24, twentyFour.length());
        ParagraphFormat format = Galleys.column(13);
        List<Line> lines = Galleys.set(twentyFour + "好。", format);
        assertEquals(3, lines.size(), Galleys.show(lines));
        assertEquals("看好。", lines.get(2).text(), "line two gives one character down (push-out)");
        assertTrue(GalleyRules.all(lines, format).isEmpty(), Galleys.show(lines));
    }

    @Test
    void hanLatinSpaceWhenAskedFor() {
        ParagraphFormat format = ParagraphFormat.headline(200, Alignment.LEFT).withHanLatinSpace(0.125f);
        Line line = Galleys.set("中A中", 8, format).get(0);
        assertEquals(9f, line.glyphs().get(1).x(), 1e-4);
        assertFalse(Galleys.set("中，A", 8, format).get(0).glyphs().get(2).x() > 12f + 1e-4,
                "no Han–Latin space after a comma");
    }

    @Test
    void typedWordSpaceStretchesBeforeTheGapsBetweenIdeographs() {
        ParagraphFormat format = Galleys.column(13).withIndent(0);
        List<Line> lines = Galleys.set("今年我们在Hong Kong和上海开会讨论今后的工作计划以及发展的目标", format);
        assertTrue(GalleyRules.all(lines, format).isEmpty(), Galleys.show(lines));
    }
}
