package paiban.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line-breaking prohibitions of typesetting-zh §1, each with the mark placed where a naive break would fail. */
class KinsokuTest {

    private static final String HAN = "中国科学技术大学新闻中心报道";
    /** A 13-character column without indent: the 14th character is the first of line two. */
    private static final ParagraphFormat COLUMN = ParagraphFormat.body(13 * 9f, 9f).withIndent(0);

    private static List<Line> set(String text) {
        List<Line> lines = Galleys.set(text, COLUMN);
        assertEquals(text, Galleys.text(lines), "text must be preserved");
        List<String> faults = GalleyRules.all(lines, COLUMN);
        assertTrue(faults.isEmpty(), faults + "\n" + Galleys.show(lines));
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "’", "·", "～", "／", "％", "々"})
    void noStartMarkNeverOpensALine(String mark) {
        // 13 ideographs fill the line; the mark would be the first character of line two.
        List<Line> lines = set(HAN.substring(0, 13) + mark + "我们今天来到这里看看大家");
        assertFalse(lines.get(1).text().startsWith(mark), Galleys.show(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"（", "《", "“", "‘", "【", "「"})
    void noEndMarkNeverClosesALine(String mark) {
        // The opening mark would be the 13th, last character of line one.
        List<Line> lines = set(HAN.substring(0, 12) + mark + "我们今天来到这里看看大家");
        assertFalse(lines.get(0).text().endsWith(mark), Galleys.show(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"——", "……"})
    void dashAndEllipsisStayWholeAndNeverStartALine(String unit) {
        for (int at = 10; at <= 13; at++) {
            List<Line> lines = set(HAN.substring(0, at) + unit + "我们今天来到这里看看大家一起");
            for (Line line : lines.subList(1, lines.size())) {
                assertFalse(line.text().startsWith(unit.substring(0, 1)), Galleys.show(lines));
            }
        }
    }

    @Test
    void dashIsTwoEmsMadeOfTwoLoclGlyphs() {
        Line line = Galleys.set("他说——好", ParagraphFormat.headline(200, Alignment.LEFT)).get(0);
        PlacedGlyph first = line.glyphs().get(2);
        PlacedGlyph second = line.glyphs().get(3);
        assertEquals(9f, first.advance(), 1e-4);
        assertEquals(9f, second.advance(), 1e-4);
        assertEquals(first.x() + 9f, second.x(), 1e-4);
        assertTrue(first.glyphId() != 0x2014, "the raw 890-unit dash must be replaced by its locl form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5%", "30℃", "￥1,200", "3.14", "2025", "±0.5", "10km"})
    void numbersStayWithTheirUnits(String number) {
        for (int at = 9; at <= 12; at++) {
            List<Line> lines = set(HAN.substring(0, at) + number + "我们今天来到这里看看大家");
            assertTrue(lines.stream().anyMatch(l -> l.text().contains(number)), number + " was split:\n" + Galleys.show(lines));
        }
    }

    @ParameterizedTest
    // words of six letters or fewer, acronyms, inner capitals and words with digits never take a hyphen
    @ValueSource(strings = {"GDP", "iPhone", "COVID-19", "Xinhua", "UNESCO"})
    void latinWordsAreNeverSplit(String word) {
        for (int at = 8; at <= 12; at++) {
            List<Line> lines = set(HAN.substring(0, at) + word + "我们今天来到这里看看大家");
            assertTrue(lines.stream().anyMatch(l -> l.text().contains(word)), word + " was split:\n" + Galleys.show(lines));
        }
    }

    @Test
    void urlAndEmailSplitOnlyAfterTheirSeams() {
        // whole when the lines allow it; else after / . @ - (issue 15), rather than leave a line +0.7 em loose
        for (String unit : new String[]{"www.gov.cn", "news@xinhua.cn"}) {
            for (int at = 4; at <= 12; at++) {
                List<Line> lines = set(HAN.substring(0, at) + unit + "我们今天来到这里看看");
                boolean whole = lines.stream().anyMatch(l -> l.text().contains(unit));
                boolean atSeam = lines.stream().anyMatch(l -> l.text().endsWith(".") || l.text().endsWith("@"));
                assertTrue(whole || atSeam, unit + " split:\n" + Galleys.show(lines));
            }
        }
    }

    @Test
    void middleDotStaysWithTheNameBeforeIt() {
        List<Line> lines = set("美国微软公司创始人之一比尔·盖茨今天来到北京访问");
        assertTrue(Galleys.text(lines).contains("比尔·盖茨"));
        for (Line line : lines) {
            for (PlacedGlyph g : line.glyphs()) {
                if (g.text().equals("·")) {
                    // drawn a quarter em left of its box, so its box is advance − 1/4 em wide
                    assertEquals(4.5f, g.advance() - 2.25f, 1e-4, "间隔号 is a half-em box");
                    // the 1-em fwid glyph is shifted a quarter em left so its ink is centred in the half em
                    assertEquals(9f, FakeFace.SERIF.advance(g.glyphId()) * 9f / 1000, 1e-4);
                }
            }
        }
    }

    @Test
    void solidusNeitherStartsNorEndsALine() {
        for (int at = 11; at <= 13; at++) {
            set(HAN.substring(0, at) + "／" + "我们今天来到这里看看大家");
            set(HAN.substring(0, at) + "/" + "我们今天来到这里看看大家");
        }
    }

    @Test
    void stopWithClosingQuoteMovesAsOneCluster() {
        List<Line> lines = set(HAN.substring(0, 12) + "好。”我们今天来到这里看看大家");
        assertFalse(lines.get(1).text().startsWith("”"), Galleys.show(lines));
        assertFalse(lines.get(1).text().startsWith("。"), Galleys.show(lines));
    }
}
