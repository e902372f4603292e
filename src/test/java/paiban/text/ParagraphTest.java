package paiban.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paragraph-level behaviour: text kept, indents, spaces, styled runs, alignments, overfull units. */
class ParagraphTest {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void emptyAndWhitespaceOnlyParagraphsGiveNoLines() {
        assertEquals(List.of(), Galleys.set("", Galleys.column(13)));
        assertEquals(List.of(), Galleys.set(" 　 \t", Galleys.column(13)));
        assertEquals(List.of(), typesetter.set(List.of(), Galleys.column(13)));
    }

    @Test
    void leadingIdeographicSpacesAreStrippedButKeptAsText() {
        ParagraphFormat format = Galleys.column(13);
        String text = "　　本报讯（记者王波）今天上午，科学技术大学举行了新闻发布会。";
        List<Line> lines = Galleys.set(text, format);
        assertEquals(text, Galleys.text(lines));
        assertEquals(18f, GalleyRules.leftEdge(lines.get(0)), 1e-4, "the typed indent is replaced by the format's");
        assertTrue(GalleyRules.all(lines, format).isEmpty(), Galleys.show(lines));
    }

    @Test
    void ideographicSpaceInsideIsOneEm() {
        Line line = Galleys.set("国务院总理　李强", ParagraphFormat.headline(200, Alignment.LEFT)).get(0);
        assertEquals("　", line.glyphs().get(5).text());
        assertEquals(9f, line.glyphs().get(5).advance(), 1e-4);
        assertEquals(54f, line.glyphs().get(6).x(), 1e-4);
    }

    @Test
    void typedSpaceInChineseTextIsAGlyph() {
        String text = "科学导报讯 记者王波报道";
        Line line = Galleys.set(text, ParagraphFormat.headline(200, Alignment.LEFT)).get(0);
        assertEquals(text, line.text());
        PlacedGlyph space = line.glyphs().get(5);
        assertEquals(" ", space.text());
        assertEquals(0.224f * 9, space.advance(), 1e-4, "a ragged line keeps the font's space");
    }

    @Test
    void boldRunsTakeTheirOwnFaceAndSize() {
        ParagraphFormat format = Galleys.column(13);
        List<StyledText> runs = List.of(
                new StyledText("本报北京3月5日电", new TextStyle(FakeFace.SERIF_BOLD, 9)),
                new StyledText("（记者王波）今天上午，大会在人民大会堂开幕，", new TextStyle(FakeFace.SERIF, 9)),
                new StyledText("大字", new TextStyle(FakeFace.SERIF, 12)),
                new StyledText("标题之后继续正文。", new TextStyle(FakeFace.SERIF, 9)));
        List<Line> lines = typesetter.set(runs, format);
        assertEquals("本报北京3月5日电（记者王波）今天上午，大会在人民大会堂开幕，大字标题之后继续正文。", Galleys.text(lines));
        assertTrue(GalleyRules.all(lines, format).isEmpty(), Galleys.show(lines));
        PlacedGlyph first = lines.get(0).glyphs().get(0);
        assertEquals(FakeFace.SERIF_BOLD, first.face());
        PlacedGlyph big = lines.stream().flatMap(l -> l.glyphs().stream()).filter(g -> g.text().equals("大") && g.size() == 12)
                .findFirst().orElseThrow();
        assertEquals(12f, big.advance(), 1e-4);
    }

    @Test
    void centeredHeadlineIsBalancedAndCentred() {
        // 25 ideographs in a 20-em measure: 13 + 12 rather than 20 + 5
        String text = "海南博鳌乐城国际医疗旅游先行区暂时调整实施药品管理条例";
        ParagraphFormat format = ParagraphFormat.headline(20 * 22f, Alignment.CENTER);
        List<Line> lines = Galleys.set(text, 22, format);
        assertEquals(2, lines.size(), Galleys.show(lines));
        int a = lines.get(0).text().length();
        int b = lines.get(1).text().length();
        assertTrue(Math.abs(a - b) <= 1, Galleys.show(lines));
        for (Line line : lines) {
            float left = GalleyRules.leftEdge(line);
            assertEquals(format.measure() - Galleys.rightEdge(line), left, 0.01f, "centred");
            assertEquals(Galleys.rightEdge(line) - left, line.width(), 0.01f);
        }
    }

    @Test
    void rightAlignedLinesEndOnTheMeasure() {
        List<Line> lines = Galleys.set("（下转第二版）", ParagraphFormat.headline(13 * 9f, Alignment.RIGHT));
        assertEquals(1, lines.size());
        assertEquals(117f, Galleys.rightEdge(lines.get(0)), 0.01f);
    }

    @Test
    void leftAlignedHeadlineStillObeysKinsoku() {
        ParagraphFormat format = ParagraphFormat.headline(10 * 18f, Alignment.LEFT);
        List<Line> lines = Galleys.set("政府工作报告提出今年发展主要预期目标，国内生产总值增长5%左右", 18, format);
        assertTrue(GalleyRules.all(lines, format).isEmpty(), Galleys.show(lines));
    }

    @Test
    void unitLongerThanTheMeasureIsBrokenBetweenCharactersNotDropped() {
        // 13 characters of 9 pt hold about 26 URL characters; this URL has 57
        ParagraphFormat format = Galleys.column(13);
        String text = "详情请见https://www.example.gov.cn/zwgk/2024-03/05/content_1234567890.htm网站。";
        List<Line> lines = Galleys.set(text, format);
        assertEquals(text, Galleys.text(lines));
        assertTrue(GalleyRules.overflow(lines).isEmpty(), Galleys.show(lines));
        // lines made only of URL characters have no gap that may be opened: they stay short, never letter-spaced
        for (Line line : lines.subList(0, lines.size() - 1)) {
            boolean hasIdeograph = line.text().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
            if (hasIdeograph) {
                assertEquals(format.measure(), Galleys.rightEdge(line), 0.01f, Galleys.show(lines));
            }
        }
        assertTrue(GalleyRules.spreadUnits(lines).isEmpty(), Galleys.show(lines));
    }

    @Test
    void oneCharacterParagraphIsOneLine() {
        List<Line> lines = Galleys.set("好", Galleys.column(13));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).paragraphEnd());
        assertEquals(18f, lines.get(0).glyphs().get(0).x(), 1e-4);
    }
}
