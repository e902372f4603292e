package paiban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;

/** The importer's rules one by one, on small raw pages. */
class ImporterRulesTest {

    private static ImportedIssue load(String raw) {
        return new RawIssueImporter().importText(raw, null);
    }

    private static List<String> paragraphs(Article a) {
        return a.body().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    @Test
    void rawMeansNoFrontMatterAndNoHeadings() {
        assertTrue(RawIssueImporter.isRaw("标题\n\n正文。\n#话题# 不是标题\n"));
        assertFalse(RawIssueImporter.isRaw("---\npaper: 报\n---\n"));
        assertFalse(RawIssueImporter.isRaw("标题\n\n## 标题\n\n正文。\n"));
        assertFalse(RawIssueImporter.isRaw("# 第1版\n"));
    }

    @Test
    void headerFieldsAreFoundWhereverTheyStandAndInAnySpacing() {
        ImportedIssue im = load("今日 8 版 第15期\n\n总第4374期\n创刊于 1984 年\n邮发代号:21-465\n"
                + "CN 14-0015\n网址: <http://www.kxdb.com>\n邮箱：a.b@c.cn\n零售价：2元\n"
                + "探路领跑\n\n山西是全国第一个全省域的试验区。\n\n2025年5月16日 星期五\n");
        IssueInfo i = im.issue().info();
        assertEquals(8, i.pages());
        assertEquals(15, i.number());
        assertEquals(4374, i.serial());
        assertEquals(1984, i.founded());
        assertEquals("21-465", i.postalCode());
        assertEquals("14-0015", i.cn());
        assertEquals("http://www.kxdb.com", i.website());
        assertEquals("a.b@c.cn", i.email());
        assertEquals("2元", i.price());
        assertEquals(LocalDate.of(2025, 5, 16), i.date(), "a date with its weekday counts below the articles, too");
        assertEquals(List.of("山西是全国第一个全省域的试验区。"), paragraphs(im.issue().pages().get(0).articles().get(0)));
    }

    @Test
    void aTitledNameUnderASubtitleIsTheAuthorsLineNotTheNextHeadline() {
        ImportedIssue im = load("第一篇的标题\n\n第一篇的正文，写了好几句话，说明了事情的来龙去脉。\n\n政府工作报告\n\n"
                + "持续改善生态环境，推动绿色低碳发展\n\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n\n"
                + "国务院总理　李克强\n\n（八）持续改善生态环境，推动绿色低碳发展。加强污染治理和生态保护修复。\n");
        List<Article> articles = im.issue().pages().get(0).articles();
        assertEquals(2, articles.size(), articles.toString());
        Article speech = articles.get(1);
        assertEquals("持续改善生态环境，推动绿色低碳发展", String.join("", speech.headline()));
        assertEquals("国务院总理 李克强", speech.byline().replace('\u3000', ' '));
    }

    @Test
    void aWeekdayThatDisagreesWithTheDateIsAWarning() {
        ImportedIssue im = load("2025年5月16日 星期四\n\n标题\n\n正文。\n");
        assertEquals(LocalDate.of(2025, 5, 16), im.issue().info().date());
        assertEquals(1, im.outline().warnings().size());
        assertTrue(im.outline().warnings().get(0).toString().contains("星期四 disagrees"), im.outline().warnings().toString());
    }

    @Test
    void aBareDateBelowTheArticlesIsText() {
        ImportedIssue im = load("标题\n\n正文。\n\n国务院\n\n2018年12月21日\n");
        assertNull(im.issue().info().date());
        assertEquals(List.of("正文。", "国务院", "2018年12月21日"), paragraphs(im.issue().pages().get(0).articles().get(0)));
        assertEquals(2, im.outline().unplaced().size());
    }

    @Test
    void labelsTheBandWouldNotPrintBackAreNotTaken() {
        ImportedIssue im = load("电子邮箱：a@b.cn\n\n标题\n\n正文。\n");
        assertNull(im.issue().info().email());
        assertEquals("电子邮箱：a@b.cn", paragraphs(im.issue().pages().get(0).articles().get(0)).get(0));
    }

    @Test
    void mastheadLinesWithoutLabels() {
        ImportedIssue im = load("某某日报\n\n思想·深度·引导\n\n全国优秀科技报\n\n加强开发区建设 推动高质量发展\n\n"
                + "开发区建设\n\n周刊\n\n山西省商务厅 指导\n\n标题\n\n正文。\n");
        IssueInfo i = im.issue().info();
        assertEquals("某某日报", i.paper());
        assertEquals("思想·深度·引导", i.motto());
        assertEquals(List.of("全国优秀科技报"), i.honors());
        var p = im.issue().pages().get(0);
        assertEquals("开发区建设", p.info().section());
        assertEquals("周刊", p.info().sectionSuffix());
        assertEquals("山西省商务厅", p.info().guide());
        assertEquals("加强开发区建设 推动高质量发展", p.info().banner());
        assertEquals("开发区建设", p.name());
    }

    @Test
    void headlineWithKickerSubtitleColumnAndReporters() {
        ImportedIssue im = load("引资量质齐升 产业聚链成势\n忻州经开区着力打造增长极\n——开发区回访记\n创新前沿\n"
                + "本报记者 王波 通讯员 李明\n\n近年来，忻州经济开发区锚定目标。\n");
        Article a = im.issue().pages().get(0).articles().get(0);
        assertEquals(List.of("忻州经开区着力打造增长极"), a.headline());
        assertEquals("引资量质齐升 产业聚链成势", a.kicker());
        assertEquals("——开发区回访记", a.subtitle());
        assertEquals("创新前沿", a.column());
        assertEquals("本报记者 王波 通讯员 李明", a.byline());
    }

    @Test
    void datelinesAreTakenOffTheFirstParagraph() {
        String[][] cases = {
            {"科学导报讯 记者王波 近日，签约仪式举行。", "科学导报讯 记者王波", "近日，签约仪式举行。"},
            {"本报太原5月15日电（记者 王某 通讯员 李某）日前，会议召开。", "本报太原5月15日电（记者 王某 通讯员 李某）",
                "日前，会议召开。"},
            {"新华社北京12月1日电 记者从有关部门获悉。", "新华社北京12月1日电", "记者从有关部门获悉。"},
            {"本报讯 昨日，大会开幕。", "本报讯", "昨日，大会开幕。"},
            {"合作社发展电商，效果明显。", null, "合作社发展电商，效果明显。"},
        };
        for (String[] c : cases) {
            Article a = load("标题\n\n" + c[0] + "\n").issue().pages().get(0).articles().get(0);
            assertEquals(c[1], a.dateline(), c[0]);
            assertEquals(List.of(c[2]), paragraphs(a), c[0]);
        }
        assertEquals("科学导报", load("标题\n\n科学导报讯 正文。\n").issue().info().paper());
        assertNull(load("标题\n\n本报讯 正文。\n").issue().info().paper());
    }

    @Test
    void aParagraphCutInsideAWordIsJoined() {
        Article a = load("标题\n\n此外，北\n\n京中能智算中心等大数据项目加快储备。\n").issue().pages().get(0).articles().get(0);
        assertEquals(List.of("标题"), a.headline());
        assertEquals(List.of("此外，北京中能智算中心等大数据项目加快储备。"), paragraphs(a));
        assertTrue(ParagraphRepair.splitsWord("此外，北", "京中能智算中心"));
        assertFalse(ParagraphRepair.splitsWord("增长极", "科学导报讯"));
    }

    @Test
    void cutsAtACommaOrBeforeClosingPunctuationAreJoinedAcrossAPhoto() {
        Article a = load("标题\n\n第一句完了。第二句说到一半，\n\n\n\n图为工地。\n\n■ 某中心供图\n\n然后说完（在这里）。\n\n"
                + "另一段。\n").issue().pages().get(0).articles().get(0);
        assertEquals(List.of("第一句完了。第二句说到一半，然后说完（在这里）。", "另一段。"), paragraphs(a));
        Photo photo = (Photo) a.body().get(1);
        assertEquals("图为工地。 ■ 某中心供图", photo.caption());
        assertEquals("photos/photo-1.jpg", photo.path());
    }

    @Test
    void pageLinesStartPages() {
        Issue issue = load("第1版 要闻\n\n标题一\n\n正文一。\n\n第2版 经济\n\n标题二\n\n正文二。\n").issue();
        assertEquals(2, issue.pages().size());
        assertEquals("要闻", issue.pages().get(0).name());
        assertEquals(2, issue.pages().get(1).number());
        assertEquals("经济", issue.pages().get(1).name());
        assertEquals(List.of("标题二"), issue.pages().get(1).articles().get(0).headline());
    }

    @Test
    void textWithoutAnyHeadlineKeepsEveryLine() {
        ImportedIssue im = load("只有一段正文，没有标题。\n\n第二段。\n");
        Article a = im.issue().pages().get(0).articles().get(0);
        assertEquals(List.of("只有一段正文，没有标题。"), a.headline());
        assertEquals(List.of("第二段。"), paragraphs(a));
        assertTrue(im.outline().warnings().get(0).toString().contains("no headline found"));
    }

    @Test
    void emptyTextIsOneEmptyPage() {
        Issue issue = load("\n\n").issue();
        assertEquals(1, issue.pages().size());
        assertTrue(issue.pages().get(0).articles().isEmpty());
        assertEquals(issue.info(), IssueInfo.empty());
    }
}
