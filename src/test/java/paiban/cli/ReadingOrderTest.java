package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.parse.IssueParser;

/**
 * Issues read back by poppler's pdftotext, page after page: every paragraph comes out whole except where its article
 * jumps to another page (the text stops at the jump line and goes on under the continuation's head). The 8-page
 * sample and the test pages in src/test/resources/reading hold what the seed page lacks: inset headlines, stacked
 * articles side by side, photos in inset modules, beside stacks and side by side, full-width bands set on one
 * column grid (which poppler takes for a table), continuations, a first band of two cells under the running head;
 * and the layouts' gutter is exactly one em of the body, the width at which poppler starts joining two columns into
 * one block.
 */
class ReadingOrderTest {

    @TempDir
    Path dir;

    /** The 8-page sample and every test page in src/test/resources/reading. */
    static Stream<Path> issues() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/reading"))) {
            List<Path> all = new ArrayList<>(List.of(Path.of("samples/corpus-issue/issue.txt")));
            pages.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("issues")
    void pdftotextReadsEveryParagraphWholeExceptAtAJump(Path source) throws Exception {
        CommandRun r = CommandRun.of(source.toString(), "-o", dir.toString() + "/");
        assertEquals(0, r.code(), r.err());
        Issue issue = new IssueParser().parse(source);
        StringBuilder all = new StringBuilder();
        for (Page page : issue.pages()) {
            String text = PrintProductionTest.pdftotextOrNull(dir.resolve("page" + page.number() + ".pdf"));
            assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
            all.append(text);
        }
        String joined = PrintProductionTest.joinLines(all.toString());
        int total = 0;
        List<String> broken = new ArrayList<>();
        for (Page page : issue.pages()) {
            for (Article a : page.articles()) {
                for (Block b : a.body()) {
                    if (b instanceof Paragraph p) {
                        total++;
                        if (!joined.contains(p.text()) && !cutByAJump(joined, p.text())) {
                            String start = p.text().substring(0, Math.min(12, p.text().length()));
                            broken.add("第" + page.number() + "版 " + start + "…");
                        }
                    }
                }
            }
        }
        assertTrue(total >= 12, "the issue's paragraphs were found: " + total);
        assertEquals(List.of(), broken, "paragraphs read in pieces");
    }

    /** The paragraph's longest prefix in the text is followed, within a few characters, by a jump line. */
    private static boolean cutByAJump(String joined, String paragraph) {
        int lo = 1;
        int hi = paragraph.length();
        // binary search on the prefix length: a longer prefix found implies every shorter one is
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (joined.contains(paragraph.substring(0, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String prefix = paragraph.substring(0, lo);
        int at = joined.indexOf(prefix);
        String after = joined.substring(at + prefix.length(), Math.min(joined.length(), at + prefix.length() + 8));
        return lo >= 8 && after.contains("下转第");
    }
}
