package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page's guide (导读) names the page where each listed article really landed: a 4-page issue whose page 2
 * cannot hold its second article whole, so the page maker moves it on; the guide, read back from the PDF, names the
 * page the run says it moved to, not the page it was written on.
 */
class GuideTest {
    private static final String ROAD = "全县今年新修乡村公路一百二十公里，沿线群众出行更加方便，农产品运输成本明显下降。";
    private static final String WARD = "县医院新建的住院楼投入使用，床位增加三百张，群众看病就医条件进一步改善。";
    private static final String FARM = "春耕生产全面展开，各乡镇组织农技人员深入田间地头，指导农户科学施肥。";
    private static final String BOOK = "县图书馆延长开放时间，每天晚上开放到九点，方便上班族和学生阅读学习。";

    private static String text(String sentence, int perParagraph, int paragraphs) {
        return String.join("\n\n", java.util.Collections.nCopies(paragraphs, sentence.repeat(perParagraph)));
    }

    static String issue(String guide, String marks) {
        return "---\npaper: 城关周报\nlayout: tabloid\ndate: 2025-06-06\nnumber: 12\npages: 4\n---\n"
                + "# 第1版 要闻\n" + guide + "\n"
                + "## 全县经济运行稳中向好\nplace: lead\n\n" + text(ROAD, 6, 8) + "\n\n"
                + "## 县委召开全体会议\n\n" + text(WARD, 5, 4) + "\n\n"
                + "# 第2版 民生\n\n## 乡村公路通车\n\n" + text(ROAD, 8, 16) + "\n\n"
                + "## 住院楼投入使用\n" + marks + "\n" + text(WARD, 8, 10) + "\n\n"
                + "# 第3版 农业\n\n## 春耕生产全面展开\n" + marks + "\n" + text(FARM, 6, 6) + "\n\n"
                + "# 第4版 文化\n\n## 图书馆开放到九点\n" + marks + "\n" + text(BOOK, 6, 6) + "\n";
    }

    private static CommandRun layOut(Path dir, String issue) throws Exception {
        Path source = dir.resolve("issue.txt");
        Files.writeString(source, issue);
        return CommandRun.of(source.toString(), "-o", dir.resolve("page%d.pdf").toString());
    }

    /** The guide's entries as a reader finds them on the page, spaces and line ends removed. */
    private static String page1(Path dir) throws Exception {
        return PdfText.of(dir.resolve("page1.pdf")).replaceAll("\\s", "");
    }

    @Test
    void aMovedArticleIsListedOnThePageItLandedOn(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("contents: 本期导读\n", "contents: yes\n"));
        assertEquals(0, run.code(), run.err());
        Matcher moved = Pattern.compile("\"住院楼投入使用\" moved from 第2版 to 第([0-9]+)版").matcher(run.err());
        assertTrue(moved.find(), "page 2 cannot hold it whole, so it moves on:\n" + run.err());
        String landed = moved.group(1);
        String text = page1(dir);
        assertTrue(text.contains("本期导读"), text);
        assertTrue(text.contains("住院楼投入使用第" + landed + "版"), "named where it landed: " + text);
        assertTrue(text.contains("春耕生产全面展开第3版"), text);
        assertTrue(text.contains("图书馆开放到九点第4版"), text);
        assertTrue(!text.contains("乡村公路通车第2版"), "only the marked articles are listed: " + text);
    }

    @Test
    void withoutMarksTheGuideListsTheFirstArticleOfEachLaterPage(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("导读: 是\n", ""));
        assertEquals(0, run.code(), run.err());
        String text = page1(dir);
        assertTrue(text.contains("导读"), text);
        assertTrue(text.contains("乡村公路通车第2版"), text);
        assertTrue(text.contains("春耕生产全面展开第3版"), text);
        assertTrue(text.contains("图书馆开放到九点第4版"), text);
        assertTrue(!text.contains("住院楼投入使用第"), "not the first of its page: " + text);
    }

    @Test
    void aMarkWithoutAGuideIsNamedInAWarning(@TempDir Path dir) throws Exception {
        String issue = issue("", "contents: yes\n");
        CommandRun run = layOut(dir, issue);
        assertEquals(0, run.code(), run.err());
        int line = issue.lines().toList().indexOf("## 春耕生产全面展开") + 1;
        assertTrue(run.err().contains("issue.txt:" + line + ": 'contents' of \"春耕生产全面展开\" is not printed: no page"
                + " carries a guide"), run.err());
    }

    @Test
    void aGuideWithNothingBesideItTakesTheWidthItMust(@TempDir Path dir) throws Exception {
        // one column is the layout's wish; alone in its band the guide spans the page rather than stop the run
        String issue = "---\npaper: 城关周报\nlayout: tabloid\ndate: 2025-06-06\n---\n# 第1版 要闻\n导读: 是\n\n"
                + "# 第2版 民生\n\n## 乡村公路通车\n\n" + text(ROAD, 4, 2) + "\n";
        CommandRun run = layOut(dir, issue);
        assertEquals(0, run.code(), run.err());
        assertTrue(page1(dir).contains("乡村公路通车第2版"), page1(dir));
    }

    @Test
    void aContentsValueOtherThanYesOrNoIsAnError(@TempDir Path dir) throws Exception {
        CommandRun run = layOut(dir, issue("contents: 本期导读\n", "contents: maybe\n"));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("'contents' must be yes or no"), run.err());
        assertTrue(run.err().contains("\"contents: maybe\""), run.err());
    }
}
