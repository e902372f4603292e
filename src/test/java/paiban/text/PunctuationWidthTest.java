package paiban.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Punctuation widths of §3: the Kaiming style, adjacent pairs, line-end trim, opening marks drawn left. */
class PunctuationWidthTest {

    /** 21 characters holding the pairs ”“ ”， ，“ ”。 。（ ）： ：“ — 378 pt at 18 pt when every mark is a full em. */
    private static final String PAIRS_LINE = "他说“甲”“乙”，“丙”。（丁）：“戊”己";
    private static final ParagraphFormat WIDE = ParagraphFormat.headline(1000f, Alignment.LEFT);

    private static Line single(String text, float size, ParagraphFormat format) {
        List<Line> lines = Galleys.set(text, size, format);
        assertEquals(1, lines.size(), Galleys.show(lines));
        return lines.get(0);
    }

    @Test
    void compressionTestLineTakesAtMost315pt() {
        assertEquals(21, PAIRS_LINE.codePointCount(0, PAIRS_LINE.length()));
        Line kaiming = single(PAIRS_LINE, 18, WIDE);
        Line fullWidth = single(PAIRS_LINE, 18, WIDE.withPunctuation(PunctuationStyle.FULL_WIDTH));
        System.out.printf("compression test line: Kaiming %.2f pt, full-width %.2f pt (natural 378 pt)%n",
                Galleys.rightEdge(kaiming), Galleys.rightEdge(fullWidth));
        assertTrue(Galleys.rightEdge(kaiming) <= 315f + 0.01f, "Kaiming: " + Galleys.rightEdge(kaiming));
        assertTrue(Galleys.rightEdge(fullWidth) <= 315f + 0.01f, "full width: " + Galleys.rightEdge(fullWidth));
        // Kaiming: 8 ideographs, 12 half-em marks and one full-em 。 = 15 em; full width: 21 − 7 × 0.5 = 17.5 em.
        assertEquals(270f, Galleys.rightEdge(kaiming), 0.01f);
        assertEquals(315f, Galleys.rightEdge(fullWidth), 0.01f);
        assertEquals(PAIRS_LINE, kaiming.text());
    }

    @Test
    void kaimingGivesStopsAFullEmAndEverythingElseHalf() {
        Line line = single("甲，乙。丙“丁”戊", 10, WIDE);
        float[] advances = {10, 5, 10, 10, 10, 5, 10, 5, 10};
        float[] starts = {0, 10, 15, 25, 35, 45, 50, 60, 65};
        for (int k = 0; k < advances.length; k++) {
            PlacedGlyph g = line.glyphs().get(k);
            float right = g.x() + g.advance();
            assertEquals(starts[k] + advances[k], right, 1e-4, "box of glyph " + k + " " + g.text());
        }
    }

    @Test
    void openingMarkIsDrawnHalfAnEmLeftOfItsBox() {
        Line line = single("甲“乙", 10, WIDE);
        PlacedGlyph quote = line.glyphs().get(1);
        assertEquals(5f, quote.x(), 1e-4, "the pen is at 10, the 1-em glyph starts half an em before it");
        assertEquals(10f, quote.x() + quote.advance() - 5f, 1e-4, "its box on the line is half an em: 10 to 15");
        assertEquals(15f, line.glyphs().get(2).x(), 1e-4);
    }

    @Test
    void stopFollowedByClosingMarksKeepsItsBlankAfterTheCluster() {
        Line line = single("甲。”乙", 10, WIDE);
        assertEquals(5f, line.glyphs().get(1).advance(), 1e-4, "。 is tight against ”");
        assertEquals(10f, line.glyphs().get(2).advance(), 1e-4, "” carries the half em of the stop");
        assertEquals(25f, line.glyphs().get(3).x(), 1e-4);
    }

    @Test
    void questionAndExclamationTogetherTakeOneEm() {
        Line line = single("甲？！乙", 10, WIDE);
        assertEquals(20f, line.glyphs().get(3).x(), 1e-4);
    }

    @Test
    void markAtLineEndIsTrimmedToHalfAnEm() {
        Line line = single("甲乙。", 10, WIDE);
        assertEquals(25f, Galleys.rightEdge(line), 1e-4);
        Line fullWidth = single("甲乙”", 10, WIDE.withPunctuation(PunctuationStyle.FULL_WIDTH));
        assertEquals(25f, Galleys.rightEdge(fullWidth), 1e-4);
    }

    @Test
    void fullWidthStyleSetsEveryMarkAnEm() {
        Line line = single("甲，乙（丙）丁", 10, WIDE.withPunctuation(PunctuationStyle.FULL_WIDTH));
        assertEquals(70f, Galleys.rightEdge(line), 1e-4);
        PlacedGlyph open = line.glyphs().get(3);
        assertEquals(30f, open.x(), 1e-4, "a full-width opening mark keeps its blank: drawn at the pen");
        assertEquals(10f, open.advance(), 1e-4);
    }

    @Test
    void halfWidthStyleSetsEveryMarkHalfAnEm() {
        Line line = single("甲。乙", 10, WIDE.withPunctuation(PunctuationStyle.HALF_WIDTH));
        assertEquals(25f, Galleys.rightEdge(line), 1e-4);
    }

    @Test
    void ellipsisAndDashAreTwoEms() {
        Line line = single("甲……乙——丙", 10, WIDE);
        assertEquals(70f, Galleys.rightEdge(line), 1e-4);
    }
}
