package paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.font.OpenTypeFace;
import paiban.font.VerticalForms;

/** A line set top to bottom: ideographs in em cells, vertical punctuation, 纵中横 pairs, turned Latin. */
class VerticalSetterTest {
    private static final float SIZE = 20;
    private static TextStyle style;

    @BeforeAll
    static void open() {
        style = new TextStyle(OpenTypeFace.open(Path.of("fonts/NotoSansCJK-Bold.ttc"), "Noto Sans CJK SC"), SIZE);
    }

    private static List<VerticalGlyph> of(VerticalLine line, String text) {
        return line.glyphs().stream().filter(g -> g.glyph().text().equals(text)).toList();
    }

    @Test
    void ideographsAndMarksTakeOneEmCellEachUprightAndCentred() {
        VerticalLine line = VerticalSetter.set("图书馆、科技馆", style);
        assertEquals(7, line.cells());
        assertEquals(7 * SIZE, line.length(), 0.01f);
        for (int i = 0; i < line.glyphs().size(); i++) {
            VerticalGlyph g = line.glyphs().get(i);
            assertFalse(g.turned());
            assertEquals(i * SIZE + style.face().ascent(SIZE), g.y(), 0.01f, "cell " + i + " under the last");
            assertEquals(-g.glyph().advance() / 2f, g.x(), 0.01f, "centred on the column");
        }
        VerticalGlyph comma = of(line, "、").get(0);
        assertEquals(VerticalForms.glyph(style.face(), '、'), comma.glyph().glyphId());
        assertEquals("图书馆、科技馆", line.text());
    }

    @Test
    void twoDigitsStandAcrossOneCellAndOneDigitUpright() {
        VerticalLine line = VerticalSetter.set("5月25日", style);
        assertEquals(4, line.cells(), "5 / 月 / 25 / 日");
        assertEquals(4 * SIZE, line.length(), 0.01f);
        VerticalGlyph two = line.glyphs().get(2);
        VerticalGlyph five = line.glyphs().get(3);
        assertEquals("2", two.glyph().text());
        assertEquals("5", five.glyph().text());
        assertEquals(two.cell(), five.cell(), "one em cell");
        assertEquals(two.y(), five.y(), 0.01f, "side by side, on one baseline");
        assertFalse(two.turned() || five.turned());
        float width = two.glyph().advance() + five.glyph().advance();
        assertTrue(width <= SIZE + 0.01f, "the pair fits its em: " + width);
        assertEquals(-width / 2f, two.x(), 0.01f, "centred across the column");
        assertEquals(two.x() + two.glyph().advance(), five.x(), 0.01f);
        assertFalse(line.glyphs().get(0).turned(), "a lone digit stands upright");
    }

    @Test
    void longNumbersAndLatinAreTurnedClockwiseAlongTheColumn() {
        VerticalLine line = VerticalSetter.set("2025年5G网络", style);
        List<VerticalGlyph> year = line.glyphs().subList(0, 4);
        float along = 0;
        for (VerticalGlyph g : year) {
            assertTrue(g.turned(), g.glyph().text());
            assertEquals(along, g.y(), 0.01f, "each digit runs down the column by its advance");
            along += g.glyph().advance();
            assertEquals(-style.face().centreToBaseline() * SIZE, g.x(), 0.01f, "centred on the column");
        }
        assertTrue(of(line, "G").get(0).turned() && of(line, "5").get(0).turned(), "5G is a Latin run");
        assertEquals(year.get(0).cell(), year.get(3).cell(), "a turned run moves as one");
    }

    @Test
    void spreadingMovesCellsApartEvenlyToTheTargetLength() {
        VerticalLine line = VerticalSetter.set("城南马拉松", style);
        VerticalLine spread = line.spreadTo(line.length() + 8);
        assertEquals(line.length() + 8, spread.length(), 0.01f);
        assertEquals(line.glyphs().get(0).y(), spread.glyphs().get(0).y(), 0.01f, "the top stays");
        assertEquals(line.glyphs().get(4).y() + 8, spread.glyphs().get(4).y(), 0.01f, "the foot reaches the target");
        assertEquals(line.glyphs().get(2).y() + 4, spread.glyphs().get(2).y(), 0.01f, "evenly");
    }

    @Test
    void aDashPairIsOneVerticalStrokeTwoCellsLong() {
        VerticalLine line = VerticalSetter.set("试点——新生活", style);
        VerticalGlyph dash = of(line, "——").get(0);
        assertEquals(6, line.cells(), "试 / 点 / —— / 新 / 生 / 活");
        assertEquals(7 * SIZE, line.length(), 0.01f);
        assertEquals(2 * SIZE, dash.glyph().advance(), 0.01f);
        assertFalse(dash.turned());
        int one = style.face().substitute(style.face().glyphId(0x2014), "locl");
        assertEquals(style.face().substitute(style.face().ligature(one, one, "ccmp"), "vert"), dash.glyph().glyphId());
    }
}
