package paiban.scratch;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.ArticleGalley;
import paiban.job.*;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.text.Line;
import paiban.text.PlacedGlyph;

class LooseScratchTest {
    @Test
    void show() throws Exception {
        String[][] s = {{"samples/kxdb-2025-05-16/issue.txt", "broadsheet"}, {"samples/corpus-issue/issue.txt", "tabloid"}};
        for (String[] x : s) {
            LayoutJob job = new LayoutJob(LayoutLoader.resolve(x[1], List.of(Path.of("layouts"))),
                    FontLibrary.standard(Path.of("fonts")), PdfFontResource::build);
            LayoutReport report = job.run(new IssueParser().parse(Path.of(x[0])));
            for (PageLayout p : report.pages()) {
                for (ArticleGalley g : p.galleys().values()) {
                    List<Line> b = g.body();
                    for (int i = 0; i < b.size(); i++) {
                        double e = extra(b.get(i));
                        if (e > 0.14) {
                            System.out.printf("%s p%d %.3f measure=%.1f%n", x[0], p.page().number(), e, b.get(i).measure());
                            for (int k = Math.max(0, i - 4); k < Math.min(b.size(), i + 4); k++) {
                                System.out.printf("   %s %.3f |%s|%n", k == i ? ">" : " ", extra(b.get(k)), b.get(k).text());
                                if (b.get(k).text().contains("300mm")) for (PlacedGlyph q : b.get(k).glyphs()) System.out.printf("      %s x=%.3f adv=%.3f%n", q.text(), q.x()/9, q.advance()/9);
                            }
                        }
                    }
                }
            }
        }
    }

    static boolean han(String t) { return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN; }
    static boolean latin(String t) { return !t.isEmpty() && (Character.isLetterOrDigit(t.codePointAt(0)) && t.codePointAt(0) < 0x2000); }
    static boolean hl(String a, String b) { return (han(a) && latin(b)) || (latin(a) && han(b)); }
    static double extra(Line line) {
        List<PlacedGlyph> g = line.glyphs();
        double most = 0;
        for (int i = 0; i + 1 < g.size(); i++) {
            PlacedGlyph a = g.get(i);
            double gap = (g.get(i + 1).x() - (a.x() + a.advance())) / a.size();
            if (hl(a.text(), g.get(i + 1).text())) gap = Math.max(0, gap - 0.25);
            most = Math.max(most, gap);
        }
        return most;
    }
}
