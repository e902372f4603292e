package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.flow.Overset;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * The pages a desk makes every day, from the corpus (src/test/resources/pages/): briefs, a thin page, a busy front
 * page with photos, a long feature. On each: no strip of three or more columns with legs under six lines, briefs
 * one or two columns wide, and a page either filled to within 3 % or named underfull with the copy it misses.
 */
class DeskPagesTest {

    static LayoutSpec spec;
    static FontLibrary fonts;

    @BeforeAll
    static void load() throws Exception {
        spec = LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
        fonts = FontLibrary.standard(Path.of("fonts"));
    }

    private static LayoutReport run(String name) throws Exception {
        Path file = Path.of("src/test/resources/pages", name);
        return run(Files.readString(file), file, spec);
    }

    private static LayoutReport run(String text, Path file, LayoutSpec layout) throws Exception {
        LayoutJob job = new LayoutJob(layout, fonts, PdfFontResource::build);
        return job.run(new IssueParser().parse(text, file));
    }

    @org.junit.jupiter.api.Test
    void aFullWidthAdAtTheFootIsBookedBeforeTheArticlesAndShownAsALabelledBox() throws Exception {
        LayoutReport r = run("ad-foot.txt");
        PageLayout page = r.pages().get(0);
        int adLines = page.page().info().ads().get(0).lines(spec.geometry().linePitch());
        int adTop = spec.geometry().lines() - adLines;
        for (Module m : page.plan().modules()) {
            assertTrue(m.line() + m.lines() < adTop, "\"" + m.article() + "\" reaches into the ad block");
        }
        assertTrue(page.white().holeShare() <= Underfull.LIMIT, "the page is filled around the ad");
        assertTrue(page.drawing().marks().stream().anyMatch(mk -> mk instanceof paiban.page.BoxMark b
                && Math.abs(b.width() - spec.geometry().spanWidth(spec.geometry().columns())) < 0.5f
                && b.height() > (adLines - 1) * spec.geometry().linePitch()), "a box the width of the type area");
        assertTrue(page.drawing().marks().stream().anyMatch(mk -> mk instanceof paiban.page.TextMark t
                && t.line().text().contains("示例银行")), "the box is labelled");
    }

    @org.junit.jupiter.api.Test
    void aHalfWidthAdWithItsFileStandsAtTheFootAndTheArticlesStandRoundIt() throws Exception {
        PageLayout page = run("ad-half.txt").pages().get(0);
        var g = spec.geometry();
        int adLines = page.page().info().ads().get(0).lines(g.linePitch());
        int adTop = g.lines() - adLines;
        int adCol = g.columns() - g.columns() / 2;
        for (Module m : page.plan().modules()) {
            boolean beside = m.col() + m.span() <= adCol;
            assertTrue(beside || m.line() + m.lines() < adTop, "module " + m.article() + " reaches into the ad");
        }
        assertTrue(page.plan().modules().stream().anyMatch(m -> m.col() + m.span() <= adCol
                && m.line() + m.lines() > adTop), "an article stands beside the ad");
        paiban.page.LogoMark ad = page.drawing().marks().stream().filter(mk -> mk instanceof paiban.page.LogoMark)
                .map(mk -> (paiban.page.LogoMark) mk).findFirst().orElseThrow();
        float slotX = g.marginLeft() + g.columnX(adCol);
        assertTrue(ad.artwork().pdf() && ad.x() >= slotX - 0.5f && ad.x() + ad.width() <= slotX
                + g.spanWidth(g.columns() / 2) + 0.5f, "the ad's PDF in the right half, scaled into its block");
        assertEquals(adLines * g.linePitch() - (g.linePitch() - g.bodySize()), ad.height(), 1f,
                "made to the block's shape, it fills the block's height");
    }

    @org.junit.jupiter.api.Test
    void paragraphsMarkedCuttableAreKeptWhileHeadlineAirAbsorbsTheOverflow() throws Exception {
        LayoutSpec tabloid = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        Path file = Path.of("src/test/resources/pages/overfull-cuttable.txt");
        LayoutReport r = run(Files.readString(file), file, tabloid);
        assertTrue(r.overset().isEmpty(), "the page fits: " + r.overset());
        String warnings = r.warnings().toString();
        assertTrue(warnings.contains("第2版 was 4 lines over and was fitted"), warnings);
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == paiban.message.Warning.Code.FIT_AIR), warnings);
        assertTrue(r.warnings().stream().noneMatch(w -> w.code() == paiban.message.Warning.Code.CUT),
                "cuttable paragraphs are the last resort: " + warnings);
    }

    @org.junit.jupiter.api.Test
    void aPageTheHeadlinesCannotFitLosesTheParagraphsMarkedCuttableLastAndSaysSo() throws Exception {
        LayoutSpec tabloid = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        Path file = Path.of("src/test/resources/pages/copyfit-cuttable.txt");
        String text = Files.readString(file);
        LayoutReport uncut = run(text.replace("cuttable: 10, 11, 12\n", ""), file, tabloid);
        int over = uncut.overset().stream().mapToInt(Overset::lines).sum();
        assertEquals(8, over, "without the marks the page stays 8 lines over: " + uncut.overset());
        assertTrue(uncut.warnings().stream().anyMatch(w -> w.code() == paiban.message.Warning.Code.FIT_FAILED
                && w.toString().contains("is 8 lines over")), uncut.warnings().toString());

        LayoutReport cut = run(text, file, tabloid);
        assertTrue(cut.overset().isEmpty(), "the cuts absorb the overflow: " + cut.overset());
        List<paiban.message.Warning.Code> codes = cut.warnings().stream().map(paiban.message.Warning::code).toList();
        assertEquals(paiban.message.Warning.Code.CUT, codes.get(codes.size() - 1), "the cut comes last: " + codes);
        assertTrue(codes.contains(paiban.message.Warning.Code.FIT_AIR)
                && codes.contains(paiban.message.Warning.Code.FIT_HEADLINE), codes.toString());
        assertTrue(cut.warnings().toString().contains("cut paragraph 12 (marked cuttable)"), cut.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"copyfit-3.txt", "copyfit-6.txt", "copyfit-10.txt", "copyfit-photo.txt",
        "copyfit-front.txt"})
    void aPageFittedBySteppingHeadlinesDownKeepsItsLeadTheLargestHeadline(String name) throws Exception {
        LayoutReport r = run(name);
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == paiban.message.Warning.Code.FIT_HEADLINE),
                name + " steps a headline down: " + r.warnings());
        for (PageLayout page : r.pages()) {
            float lead = page.galleys().get(0).head().headlineSize();
            page.galleys().forEach((article, galley) -> assertTrue(article == 0
                    || galley.head().headlineSize() < lead, name + " 第" + page.page().number() + "版: \""
                    + galley.article().title() + "\" at " + galley.head().headlineSize() + " pt, the lead at " + lead));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"briefs-12.txt", "briefs-30.txt", "thin-three.txt", "front-three-photos.txt",
        "feature-jump.txt", "ad-foot.txt", "ad-half.txt"})
    void noWideModuleHasShortLegs(String name) throws Exception {
        for (PageLayout page : run(name).pages()) {
            for (Module m : page.plan().modules()) {
                int longest = m.legs().stream().mapToInt(Leg::count).max().orElse(0);
                // a photo across the whole module (a picture story) may stand over short text; one at the foot of
                // some columns leaves the text in legs beside it, held to the rule like any
                boolean pictureStory = m.photo() != null && m.photo().span() >= m.span();
                if (m.bodySpan() >= 3 && !pictureStory && m.overset() == 0) {
                    assertTrue(longest >= 6, name + " 第" + page.page().number() + "版: a " + m.bodySpan()
                            + "-column module with legs of " + longest + " lines");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"briefs-12.txt", "briefs-30.txt", "thin-three.txt", "front-three-photos.txt",
        "feature-jump.txt", "ad-foot.txt", "ad-half.txt"})
    void everyPageIsFilledOrNamedUnderfullWithTheCopyItMisses(String name) throws Exception {
        LayoutReport r = run(name);
        for (PageLayout page : r.pages()) {
            double empty = page.white().holeShare();
            String tag = "第" + page.page().number() + "版 underfull";
            boolean warned = r.warnings().stream().anyMatch(w -> w.toString().contains(tag)
                    && w.toString().contains(page.white().missingColumnLines() + " column-lines")
                    && w.toString().contains("characters"));
            assertTrue(empty <= Underfull.LIMIT || warned, name + " 第" + page.page().number() + "版 is "
                    + Math.round(100 * empty) + " % empty without a word: " + r.warnings());
            assertTrue(empty > Underfull.LIMIT || !warned, name + ": a filled page called underfull");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"briefs-12.txt", "briefs-30.txt"})
    void briefsStandOneOrTwoColumnsWideInStacks(String name) throws Exception {
        PageLayout page = run(name).pages().get(0);
        int stacked = 0;
        for (Module m : page.plan().modules()) {
            assertTrue(m.span() <= 2, name + ": a brief " + m.span() + " columns wide");
            for (Module o : page.plan().modules()) {
                stacked += o != m && o.col() == m.col() && o.line() > m.line() ? 1 : 0;
            }
        }
        assertTrue(stacked > page.plan().modules().size(), name + ": briefs stand side by side, not in stacks");
        assertEquals(0, page.plan().oversetLines());
    }
}
