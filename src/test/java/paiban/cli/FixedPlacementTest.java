package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article placed by hand ({@code module: 2x30}, {@code at: 第4栏 第3行}) stands where the desk put it and the page is
 * made around it; a placement the page cannot hold stops the run with the article's file and line; one no plan of the
 * page can honour is a warning (pin not held), and under --strict a layout problem.
 */
class FixedPlacementTest {
    private static final String FARM = "春耕生产全面展开，各乡镇组织农技人员深入田间地头，指导农户科学施肥。";
    private static final String FAIR = "县里举办农民丰收节，展示特色农产品，吸引了周边县市的游客前来参观。";

    private static String text(String sentence, int perParagraph, int paragraphs) {
        return String.join("\n\n", Collections.nCopies(paragraphs, sentence.repeat(perParagraph)));
    }

    private static String issue(String fixed) {
        return "---\npaper: 城关周报\nlayout: tabloid\ndate: 2025-06-06\n---\n# 第3版 农业\n\n"
                + "## 小麦长势良好\n\n" + text(FARM, 5, 5) + "\n\n"
                + "## 春耕生产全面展开\n" + fixed + "\n" + text(FARM, 4, 3) + "\n\n"
                + "## 农民丰收节开幕\n\n" + text(FAIR, 5, 4) + "\n\n"
                + "## 特色农产品走俏\n\n" + text(FAIR, 4, 4) + "\n\n"
                + "## 农技培训进村入户\n\n" + text(FARM, 4, 4) + "\n\n"
                + "## 果园迎来采摘季\n\n" + text(FAIR, 4, 3) + "\n";
    }

    private static CommandRun layOut(Path dir, String issue, String... more) throws Exception {
        Path source = dir.resolve("issue.txt");
        Files.writeString(source, issue);
        String[] args = new String[2 + more.length + 1];
        args[0] = source.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        args[1 + more.length] = "-o";
        args[2 + more.length] = dir.resolve("page.pdf").toString();
        return CommandRun.of(args);
    }

    @Test
    void aModuleFixedByHandStandsWhereTheDeskPutIt(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("module: 2x30\nat: 第4栏 第3行\n"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("春耕生产全面展开: 2 columns × 30 lines at column 4, line 3,"), run.err());
        assertTrue(!run.err().contains("pin not held"), run.err());
        assertTrue(run.err().contains("6 modules"), "every other article is placed around it: " + run.err());
    }

    @Test
    void theEnglishSpellingMeansTheSame(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("模块: 2栏×30行\nat: col 4, line 3\n"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("春耕生产全面展开: 2 columns × 30 lines at column 4, line 3,"), run.err());
    }

    @Test
    void aModuleOutsideThePageIsAnErrorNamingTheArticle(@TempDir Path dir) throws Exception {
        String issue = issue("module: 2x30\nat: 第5栏 第3行\n");
        CommandRun run = layOut(dir, issue);
        assertEquals(2, run.code(), run.err());
        int line = issue.lines().toList().indexOf("## 春耕生产全面展开") + 1;
        assertTrue(run.err().contains("issue.txt:" + line + ": \"春耕生产全面展开\": at column 5, 2 columns wide, runs"
                + " past the page's 5 columns"), run.err());
        assertTrue(!Files.exists(dir.resolve("page.pdf")));
    }

    @Test
    void aCornerNoPlanCanHonourIsAWarningAndUnderStrictAFailure(@TempDir Path dir) throws Exception {
        // the first article fills the top of the page: nothing can start on its second line beside it
        String issue = issue("at: 第4栏 第4行\n");
        CommandRun run = layOut(dir, issue);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("pin not held: 第3版 \"春耕生产全面展开\": at column 4, line 4 cannot be"
                + " honoured"), run.err());
        CommandRun strict = layOut(dir, issue, "--strict");
        assertEquals(1, strict.code(), strict.err());
    }

    @Test
    void aMalformedPlacementIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("at: 第4栏\n"));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("'at' must name a column and a grid line"), run.err());
        assertTrue(run.err().contains("\"at: 第4栏\""), run.err());
    }
}
