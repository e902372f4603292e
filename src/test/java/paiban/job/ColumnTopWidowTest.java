package paiban.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.ArticleGalley;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.text.Line;

/** No column of the samples starts with a paragraph's last line when more of that paragraph stands before it (孤行). */
class ColumnTopWidowTest {

    // The seed page's lead module is exactly full (eight legs to the foot, six of them over a photo): no leg has a
    // line to give or take. Its one 孤行 went when loose lines learnt to open pauses and Han–Latin joints (the
    // paragraph's lines broke differently), not by a rule for full modules: such a module may still show one.
    @ParameterizedTest
    @CsvSource({"samples/kxdb-2025-05-16/issue.txt, broadsheet, 0", "samples/corpus-issue/issue.txt, tabloid, 0"})
    void noColumnStartsWithTheLastLineOfAParagraph(String sample, String layout, int allowed) throws Exception {
        LayoutJob job = new LayoutJob(LayoutLoader.resolve(layout, List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")), PdfFontResource::build);
        LayoutReport report = job.run(new IssueParser().parse(Path.of(sample)));
        List<String> widows = new ArrayList<>();
        int legs = 0;
        for (PageLayout p : report.pages()) {
            for (Module m : p.plan().modules()) {
                ArticleGalley g = p.galleys().get(m.article());
                for (Leg leg : m.legs()) {
                    legs++;
                    int i = leg.first();
                    if (i == 0 || i >= g.body().size()) {
                        continue;
                    }
                    Line top = g.body().get(i);
                    if (top.paragraphEnd() && !g.body().get(i - 1).paragraphEnd()) {
                        widows.add("第" + p.page().number() + "版 column " + (leg.col() + 1) + ": " + top.text());
                    }
                }
            }
        }
        assertTrue(legs > 10, "the samples set many legs: " + legs);
        assertTrue(widows.size() <= allowed, () -> "孤行 at a column top: " + widows);
    }
}
