package paiban.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.ArticleGalley;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.text.Line;
import paiban.text.PlacedGlyph;

/**
 * The loosest body line of each sample: the most space justification adds between two glyphs of a line, in em of
 * the body. A reader sees a line looser than about +0.15 em as gappy. Between a Han character and a Latin letter or
 * digit, a quarter em is CLREQ's Han–Latin space, which a loose line may open first (§4.2): it is not counted.
 */
class BodyLoosenessTest {

    @ParameterizedTest
    // The seed's hardest line is 限公司成功研制出12英寸 before (300mm), a 4.3-em unit no line before it can take:
    // +0.197 em until a loose line could open its pauses and Han–Latin joints before its gaps.
    @CsvSource({"samples/kxdb-2025-05-16/issue.txt, broadsheet, 0.15", "samples/corpus-issue/issue.txt, tabloid, 0.15"})
    void noBodyLineIsLooserThanTheLimit(String sample, String layout, double limit) throws Exception {
        LayoutJob job = new LayoutJob(LayoutLoader.resolve(layout, List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")), PdfFontResource::build);
        LayoutReport report = job.run(new IssueParser().parse(Path.of(sample)));
        double loosest = 0;
        String where = "";
        for (PageLayout p : report.pages()) {
            for (ArticleGalley g : p.galleys().values()) {
                for (Line line : g.body()) {
                    double extra = extraPerGap(line);
                    if (extra > loosest) {
                        loosest = extra;
                        where = "第" + p.page().number() + "版: " + line.text();
                    }
                }
            }
        }
        System.out.printf("%s: loosest body line +%.3f em (%s)%n", sample, loosest, where);
        double worst = loosest;
        String at = where;
        assertTrue(worst <= limit + 5e-4, () -> String.format("+%.3f em at %s", worst, at));
    }

    /** The widest space added between two neighbouring glyphs of a line, in em of the first. */
    private static double extraPerGap(Line line) {
        List<PlacedGlyph> g = line.glyphs();
        double most = 0;
        for (int i = 0; i + 1 < g.size(); i++) {
            PlacedGlyph a = g.get(i);
            PlacedGlyph b = g.get(i + 1);
            double gap = (b.x() - (a.x() + a.advance())) / a.size();
            if (isHanLatin(a.text(), b.text())) {
                gap = Math.max(0, gap - HAN_LATIN_SPACE);
            }
            most = Math.max(most, gap);
        }
        return most;
    }

    private static final double HAN_LATIN_SPACE = 0.25;

    private static boolean isHanLatin(String a, String b) {
        return (isHan(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && isHan(b));
    }

    private static boolean isHan(String t) {
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(String t) {
        return !t.isEmpty() && t.codePointAt(0) < 0x250 && Character.isLetterOrDigit(t.codePointAt(0));
    }
}
