package paiban.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;
import paiban.text.Line;

/**
 * The issue flow as a desk checks it: what a page could not hold goes on as the very text left over, a 下转 line
 * names the page where the rest of its article really stands, and a pin the page cannot honour is reported at the
 * line of its article.
 */
class IssueFlowTest {

    static LayoutSpec spec;
    static FontLibrary fonts;
    /** The 2024 government work report of the 8-page sample: far more than one tabloid page holds. */
    static String report;

    @BeforeAll
    static void load() throws Exception {
        spec = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        fonts = FontLibrary.standard(Path.of("fonts"));
        report = governmentReport();
    }

    /** The 2024 government work report as the 8-page sample gives it, heading and all. */
    static String governmentReport() throws java.io.IOException {
        String sample = Files.readString(Path.of("samples/corpus-issue/issue.txt"));
        int from = sample.indexOf("## 政府工作报告\n");
        return sample.substring(from, sample.indexOf("\n# ", from)).strip();
    }

    private static IssueComposer composer() throws Exception {
        StyleBook styles = new StyleBook(spec, fonts);
        return new IssueComposer(BodyGrid.of(spec, styles, new GalleySetter(styles)), spec.largerBody(), fonts);
    }

    private static Issue issue(String pages) throws Exception {
        return new IssueParser().parse("---\npaper: 测试报\ndate: 2024-03-12\n---\n\n" + pages, Path.of("flow.txt"));
    }

    private static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text()));
        return sb.toString().replaceAll("\\s", "");
    }

    private static int placed(Module m) {
        return m.legs().stream().mapToInt(Leg::count).sum();
    }

    @Test
    void whatAPageCannotHoldGoesOnAsExactlyTheTextLeftOver() throws Exception {
        Issue issue = issue("# 第2版 政府工作报告\n\n" + report + "\n\n# 第3版 政府工作报告\n");
        StyleBook styles = new StyleBook(spec, fonts);
        BodyGrid grid = BodyGrid.of(spec, styles, new GalleySetter(styles));
        PageComposer pages = new PageComposer(new BodySizePolicy(grid, null, fonts), new PieceGalleys());
        PageComposition page = pages.compose(issue.pages().get(0), List.of(), true);

        assertEquals(1, page.overflow().size(), "the rest of the report goes on");
        Piece rest = page.overflow().get(0);
        Article article = issue.pages().get(0).articles().get(0);
        assertTrue(rest.isRest());
        assertSame(article, rest.article());
        Module m = page.plan().modules().get(0);
        ArticleGalley galley = page.galleys().get(m.article());
        // the last placed line gives way to the 下转 line, so the page shows one line fewer than it placed
        String shown = text(galley.body().subList(0, placed(m) - 1));
        assertEquals(text(galley.body()), shown + rest.text().replaceAll("\\s", ""),
                "the page's text and its overflow together are the article, in order, each line once");
        StringBuilder paragraphs = new StringBuilder();
        for (Block b : article.body()) {
            paragraphs.append(((Paragraph) b).text());
        }
        assertTrue((shown + rest.text()).replaceAll("\\s", "").contains(paragraphs.toString().replaceAll("\\s", "")));
        assertTrue(rest.text().length() > 1000, "most of the report is left over: " + rest.text().length());
        assertEquals(List.of(new JumpOwed(m.article(), placed(m), rest)), page.jumps());
    }

    @Test
    void aJumpLineNamesThePageWhereTheRestReallyStands() throws Exception {
        // Page 3 is filled by its own article, which cannot move on (it is the page's only one): the rest of page
        // 2's report finds no room there and opens on page 4.
        String copy = report.replaceFirst("## 政府工作报告", "## 政府工作报告（全文）");
        Issue issue = issue("# 第2版 要闻\n\n" + report + "\n\n# 第3版 要闻\n\n" + copy
                + "\n\n# 第4版 要闻\n\n# 第5版 要闻\n\n# 第6版 要闻\n\n# 第7版 要闻\n\n# 第8版 要闻\n");
        ComposedIssue composed = composer().compose(issue.pages());
        List<Jump> jumps = composed.pages().stream().flatMap(p -> p.jumps().stream()).toList();
        assertTrue(jumps.stream().anyMatch(j -> j.toPage() > j.fromPage() + 1), "a rest skips a page: " + jumps);
        for (ComposedPage page : composed.pages()) {
            for (Jump j : page.jumps()) {
                assertTrue(shows(page, j.article(), List.of(), List.of("（下转第" + j.toPage() + "版）")),
                        "第" + j.fromPage() + "版 cuts \"" + j.article() + "\" with a 下转 line to " + j);
                ComposedPage target = composed.pages().get(j.toPage() - 2);
                assertTrue(shows(target, j.article(), List.of("（上接第" + j.fromPage() + "版）"), List.of()),
                        "第" + j.toPage() + "版 opens the rest of \"" + j.article() + "\" with a 上接 line");
            }
        }
    }

    /** Whether the page shows some of the article titled {@code title}, its body starting and ending so. */
    private static boolean shows(ComposedPage page, String title, List<String> first, List<String> last) {
        for (Module m : page.plan().modules()) {
            ArticleGalley g = page.galleys().get(m.article());
            if (g == null || !MessageTitle.of(g.article()).equals(title) || placed(m) == 0) {
                continue;
            }
            List<Line> shown = g.body().subList(0, Math.min(placed(m), g.body().size()));
            List<String> head = shown.subList(0, first.size()).stream().map(l -> l.text().strip()).toList();
            List<String> foot = shown.subList(shown.size() - last.size(), shown.size()).stream()
                    .map(l -> l.text().strip()).toList();
            if (head.equals(first) && foot.equals(last)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPinThePageCannotHonourNamesItsArticleByItsLine() throws Exception {
        Issue issue = issue("# 第2版 要闻\n\n## 第一篇\n\n正文一段。\n\n## 第二篇\nplace: top\n\n正文一段。\n");
        PinException e = assertThrows(PinException.class, () -> composer().compose(issue.pages()));
        int line = issue.pages().get(0).articles().get(1).pos().line();
        assertTrue(e.getMessage().startsWith("flow.txt:" + line + ": \"第二篇\": place top cannot be honoured"),
                e.getMessage());
        assertEquals(1, e.article(), "the second article of the page");
    }
}
