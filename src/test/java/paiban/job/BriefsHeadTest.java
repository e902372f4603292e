package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.compose.Module;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.page.TextMark;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/** A page's briefs (简讯) stand under one column head when the page or the layout names one. */
class BriefsHeadTest {

    static LayoutSpec spec;
    static FontLibrary fonts;
    static final Path BRIEFS = Path.of("src/test/resources/pages/briefs-12.txt");

    @BeforeAll
    static void load() throws Exception {
        spec = LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
        fonts = FontLibrary.standard(Path.of("fonts"));
    }

    private static LayoutReport run(String text, LayoutSpec layout) throws Exception {
        return new LayoutJob(layout, fonts, PdfFontResource::build).run(new IssueParser().parse(text, BRIEFS));
    }

    /** The text marks reading exactly {@code text}. */
    private static List<TextMark> marks(PageLayout page, String text) {
        return page.drawing().marks().stream().filter(m -> m instanceof TextMark t && t.line().text().equals(text))
                .map(m -> (TextMark) m).toList();
    }

    @Test
    void thePagesBriefsHeadStandsOnceOverANarrowBlockOfBriefs() throws Exception {
        String text = Files.readString(BRIEFS).replace("# 第1版 简讯\n", "# 第1版 简讯\n简讯: 本地快讯\n");
        PageLayout page = run(text, spec).pages().get(0);
        List<TextMark> heads = marks(page, "本地快讯");
        assertEquals(1, heads.size(), "one column head over the briefs");
        TextMark head = heads.get(0);
        var g = spec.geometry();
        Module under = page.plan().modules().stream()
                .filter(m -> head.x() >= g.marginLeft() + g.columnX(m.col()) - 0.5f
                        && head.x() < g.marginLeft() + g.columnX(m.col()) + g.spanWidth(m.span()))
                .min(java.util.Comparator.comparingInt(Module::line)).orElseThrow();
        assertTrue(under.span() <= 2, "the head stands over a block one or two columns wide, not " + under.span());
    }

    @Test
    void aPageWithoutBriefsSaysItsBriefsHeadIsNotPrinted() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/pages/feature-jump.txt"))
                .replaceFirst("(# 第2版[^\n]*\n)", "$1briefs: 简讯\n");
        LayoutReport r = run(text, spec);
        assertTrue(r.warnings().stream().anyMatch(w -> w.toString().contains("'briefs: 简讯' is not printed")),
                r.warnings().toString());
        assertTrue(r.pages().stream().allMatch(p -> marks(p, "简讯").isEmpty()), "no head without briefs");
    }

    @Test
    void theLayoutsBriefsHeadStandsOverBriefsOfPagesThatNameNone(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("layouts/broadsheet.yaml"))
                .replaceFirst("(?m)^furniture:.*$", "furniture:\n  briefs-head: 快讯");
        Files.writeString(dir.resolve("broadsheet.yaml"), yaml);
        LayoutSpec withHead = LayoutLoader.resolve("broadsheet", List.of(dir));
        PageLayout page = run(Files.readString(BRIEFS), withHead).pages().get(0);
        assertEquals(1, marks(page, "快讯").size(), "the layout's head over the briefs");
        assertTrue(run(Files.readString(BRIEFS), spec).pages().get(0).drawing().marks().stream()
                .noneMatch(m -> m instanceof TextMark t && t.line().text().equals("快讯")), "none without it");
    }
}
