package paiban.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.font.FontLibrary;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * No stub starts and no silent moves: an article that jumps keeps 15 lines or a third of its text on its first
 * page, else it moves on whole; an article that leaves its page is named with the page it landed on.
 */
class MovesTest {

    static LayoutSpec spec;
    static FontLibrary fonts;
    static String report;
    static final String PARA = "山西转型综改示范区将招商引资作为经济工作的“头号工程”，创新招商工作机制，深入开展精准招商、以商招商、"
            + "产业链招商。";

    @BeforeAll
    static void load() throws Exception {
        spec = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        fonts = FontLibrary.standard(Path.of("fonts"));
        report = IssueFlowTest.governmentReport();
    }

    private static ComposedIssue compose(int paragraphs) throws Exception {
        String pages = "# 第2版 要闻\n\n## 先到的稿件\n\n" + (PARA + "\n\n").repeat(paragraphs) + report
                + "\n\n# 第3版 要闻\n\n# 第4版 要闻\n\n# 第5版 要闻\n\n# 第6版 要闻\n";
        Issue issue = new IssueParser().parse("---\npaper: 测试报\ndate: 2024-03-12\n---\n\n" + pages,
                Path.of("moves.txt"));
        StyleBook styles = new StyleBook(spec, fonts);
        return new IssueComposer(BodyGrid.of(spec, styles, new GalleySetter(styles)), null, fonts)
                .compose(issue.pages());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 55, 62, 68})
    void anArticleThatJumpsKeepsFifteenLinesOrAThirdOnItsFirstPage(int paragraphs) throws Exception {
        ComposedIssue composed = compose(paragraphs);
        for (ComposedPage page : composed.pages()) {
            for (Jump j : page.jumps()) {
                for (Module m : page.plan().modules()) {
                    var g = page.galleys().get(m.article());
                    if (g == null || !MessageTitle.of(g.article()).equals(j.article()) || m.overset() == 0
                            || page.page().number() != 2) {
                        continue;
                    }
                    int placed = m.legs().stream().mapToInt(Leg::count).sum();
                    assertTrue(placed >= PageComposer.STUB_LINES || 3 * placed >= placed + j.lines(),
                            "\"" + j.article() + "\" starts with " + placed + " lines and jumps with " + j.lines());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 55, 62, 68})
    void anArticleThatLeavesItsPageIsNamedWithThePageItLandedOn(int paragraphs) throws Exception {
        ComposedIssue composed = compose(paragraphs);
        boolean onTwo = false;
        for (Module m : composed.pages().get(0).plan().modules()) {
            var g = composed.pages().get(0).galleys().get(m.article());
            onTwo |= g != null && MessageTitle.of(g.article()).startsWith("政府工作报告")
                    && m.legs().stream().mapToInt(Leg::count).sum() > 0;
        }
        boolean named = composed.warnings().stream().anyMatch(w -> w.toString().contains("moved from 第2版 to 第3版"));
        assertTrue(onTwo || named, "the report left 第2版 without a word: " + composed.warnings());
        assertTrue(!onTwo || !named, "the report stands on 第2版 yet is said to have moved: " + composed.warnings());
    }
}
