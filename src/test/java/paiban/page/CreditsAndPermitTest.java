package paiban.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.galley.StyleBook;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;

/** Every page prints its credits (the front page in its header band); a 内部资料准印证 stands where CN would. */
class CreditsAndPermitTest {
    private static StyleBook styles;

    @BeforeAll
    static void load() throws Exception {
        styles = new StyleBook(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
    }

    private static Issue issue(String frontMatter) throws Exception {
        return new IssueParser().parse("---\npaper: 城关周报\ndate: 2025-06-06\n" + frontMatter + "---\n"
                + "# 第1版 要闻\neditor: 王小明\ndesigner: 李美\nproofreader: 赵校\n\n"
                + "# 第2版 综合\neditor: 钱编\n", Path.of("t.txt"));
    }

    private static String printed(List<Mark> marks) {
        return marks.stream().filter(m -> m instanceof TextMark).map(m -> ((TextMark) m).line().text())
                .collect(Collectors.joining("|"));
    }

    private static String front(Issue issue) {
        Page p = issue.pages().get(0);
        int lines = styles.spec().mastheadLines();
        return printed(new Masthead(styles).draw(issue.info(), p.info(), "第1版 要闻", 0, 0, lines));
    }

    @Test
    void theFrontPagePrintsItsCreditsInTheHeaderBand() throws Exception {
        String band = front(issue("cn: 14-0015\n"));
        assertTrue(band.contains("责任编辑：王小明  美术编辑：李美  校对：赵校"), band);
    }

    @Test
    void anInsidePageStillPrintsItsOwnCredits() throws Exception {
        Issue issue = issue("cn: 14-0015\n");
        String head = printed(new RunningHead(styles).draw(issue.info(), issue.pages().get(1), 0, 0,
                styles.spec().headerLines()));
        assertTrue(head.contains("责任编辑：钱编"), head);
        assertFalse(head.contains("王小明"), "each page its own credits: " + head);
    }

    @Test
    void aPermitStandsWhereTheCnNumberWould() throws Exception {
        String band = front(issue("permit: 晋内资准字（2023）第014号\n"));
        assertTrue(band.contains("内部资料准印证：晋内资准字（2023）第014号"), band);
        assertFalse(band.contains("CN"), band);
    }
}
