package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;

/**
 * The two samples as a production desk would look them over: on every page, no two headlines side by side, no
 * module over another, every module's legs ending within a line of each other, nothing overset.
 */
class SampleCompositionTest {

    @ParameterizedTest
    @CsvSource({"samples/kxdb-2025-05-16/issue.txt, broadsheet", "samples/corpus-issue/issue.txt, tabloid"})
    void everyPageIsTiledWithoutTombstones(String sample, String layout) throws Exception {
        Issue issue = new IssueParser().parse(Path.of(sample));
        LayoutJob job = new LayoutJob(LayoutLoader.resolve(layout, List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")), PdfFontResource::build);
        LayoutReport report = job.run(issue);
        assertTrue(report.overset().isEmpty(), "overset: " + report.overset());
        List<String> faults = new ArrayList<>();
        for (PageLayout p : report.pages()) {
            PagePlan plan = p.plan();
            overlaps(p, faults);
            for (Module a : plan.modules()) {
                legsEndTogether(p, a, faults);
                for (Module b : plan.modules()) {
                    if (a != b && sideBySide(a, b)) {
                        faults.add("第" + p.page().number() + "版: headlines of \"" + title(p, a) + "\" and \""
                                + title(p, b) + "\" side by side");
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /** Headline blocks whose columns touch and which share a grid line. */
    private static boolean sideBySide(Module a, Module b) {
        if (a.lines() == 0 || b.lines() == 0 || a.headlineLines() == 0 || b.headlineLines() == 0) {
            return false;
        }
        return a.headCol() + a.headSpan() == b.headCol()
                && a.line() < b.line() + b.headlineLines() && b.line() < a.line() + a.headlineLines();
    }

    /** No grid cell in two modules; a banner holds its headline rows across its span and its body under them. */
    private static void overlaps(PageLayout p, List<String> faults) {
        java.util.Map<String, Module> owner = new java.util.HashMap<>();
        for (Module m : p.plan().modules()) {
            for (int l = m.line(); l < m.line() + m.lines(); l++) {
                int width = l < m.line() + m.headlineLines() ? m.span() : m.bodySpan();
                for (int c = m.col(); c < m.col() + width; c++) {
                    Module before = owner.put(c + ":" + l, m);
                    if (before != null) {
                        faults.add("第" + p.page().number() + "版: \"" + title(p, before) + "\" and \"" + title(p, m)
                                + "\" overlap at column " + (c + 1) + ", line " + (l + 1));
                        return;
                    }
                }
            }
        }
    }

    private static void legsEndTogether(PageLayout p, Module m, List<String> faults) {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (Leg l : m.legs()) {
            lo = Math.min(lo, m.foot(l));
            hi = Math.max(hi, m.foot(l));
        }
        if (!m.legs().isEmpty() && hi - lo > 1) {
            faults.add("第" + p.page().number() + "版: legs of \"" + title(p, m) + "\" end " + (hi - lo) + " lines apart");
        }
        assertFalse(!m.legs().isEmpty() && m.lines() == 0, "legs in a module of no height: " + m);
    }

    private static String title(PageLayout p, Module m) {
        return paiban.flow.MessageTitle.of(p.galleys().get(m.article()).article());
    }
}
