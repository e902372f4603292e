package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Photo;

/** The sample issue 科学导报 2025-05-16 and the seed page text it was written from. */
class SampleIssueTest {
    private static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");
    private static Issue issue;

    @BeforeAll
    static void parse() throws Exception {
        issue = new IssueParser().parse(SAMPLE);
    }

    @Test
    void sampleHasTheExpectedFieldsAndThreeArticles() {
        IssueInfo info = issue.info();
        assertEquals("科学导报", info.paper());
        assertEquals(LocalDate.of(2025, 5, 16), info.date());
        assertEquals(15, info.number());
        assertEquals(4374, info.serial());
        assertEquals("14-0015", info.cn());
        assertEquals("21-465", info.postalCode());
        assertEquals(8, info.pages());
        assertEquals(1984, info.founded());
        assertEquals("思想·深度·引导", info.motto());
        assertEquals(List.of("全国优秀科技报", "山西省十强报纸", "第二、三届山西出版奖提名奖"), info.honors());
        assertEquals("山西省科学技术协会", info.supervisor());
        assertEquals("山西科技新闻出版传媒集团有限责任公司", info.publisher());
        assertEquals("http://www.kxdb.com", info.website());
        assertEquals("kfqjszk@163.com", info.email());

        assertEquals(1, issue.pages().size());
        Page page = issue.pages().get(0);
        assertEquals(1, page.number());
        assertEquals("开发区建设", page.name());
        assertEquals(new PageInfo("开发区建设", "周刊", "山西省商务厅", "加强开发区建设 推动高质量发展", null, null, null,
                null), page.info());

        List<Article> articles = page.articles();
        assertEquals(3, articles.size());
        Article a1 = articles.get(0);
        assertEquals(List.of("探路领跑 动能澎湃"), a1.headline());
        assertEquals("——山西转型综合改革示范区回访记", a1.subtitle());
        assertEquals("创新前沿", a1.column());
        assertEquals("邓伟强", a1.byline());
        assertTrue(a1.body().get(0) instanceof Paragraph p && p.text().startsWith("山西是全国第一个"));
        Block last = a1.body().get(a1.body().size() - 1);
        assertTrue(last instanceof Paragraph p && p.text().endsWith("做标杆。"));
        Photo photo = assertInstanceOf(Photo.class, a1.body().get(7));
        assertEquals("photos/suanli.jpg", photo.path());
        assertEquals(1.5, photo.aspect(), 1e-9);
        assertTrue(photo.caption().endsWith("■ 山西转型综合改革示范区宣传信息中心供图"), photo.caption());

        Article a2 = articles.get(1);
        assertEquals("大同御东污水处理厂运营项目正向移交签约仪式圆满完成", a2.title());
        assertEquals("科学导报讯 记者王波", a2.dateline());
        assertTrue(((Paragraph) a2.body().get(0)).text().startsWith("近日，"));

        Article a3 = articles.get(2);
        assertEquals("引资量质齐升 产业聚链成势", a3.kicker());
        assertEquals("忻州经开区着力打造高质量发展增长极", a3.title());
        assertEquals("科学导报讯", a3.dateline());
        assertEquals("王金华 魏鹏飞", a3.byline());
        assertNull(a3.span());
    }

    /**
     * Every piece of text on the seed page is in the sample: the furniture rebuilt from the parsed fields and the
     * engine's labels, and the body (pieces the extraction split mid-sentence joined back) as the same paragraphs and
     * caption in the same order.
     */
    @Test
    void everyWordOfTheSeedPageIsInTheSample() throws Exception {
        String seed = Files.readString(Resources.path("seed/kxdb-2025-05-16-page1.txt"), StandardCharsets.UTF_8);
        List<String> chunks = new ArrayList<>();
        for (String chunk : seed.split("\n\\s*\n")) {
            if (!chunk.isBlank()) {
                chunks.add(chunk.strip());
            }
        }

        IssueInfo info = issue.info();
        Page page = issue.pages().get(0);
        PageInfo pi = page.info();
        LocalDate d = info.date();
        Set<String> furniture = new HashSet<>();
        furniture.add(info.motto());
        furniture.addAll(info.honors());
        furniture.add("第" + info.number() + "期 总第" + info.serial() + "期");
        furniture.add("创刊于" + info.founded() + "年");
        furniture.add(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 "
                + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
        furniture.add(pi.banner());
        furniture.add(pi.section());
        furniture.add(pi.sectionSuffix());
        furniture.add(pi.guide() + " 指导");
        furniture.add(info.supervisor() + "主管 " + info.publisher() + "主办");
        furniture.add("网址: <" + info.website() + "> 投稿邮箱: " + info.email());
        furniture.add("国内统一连续出版物号 CN " + info.cn() + " 邮政发行 邮发代号: " + info.postalCode() + " 今日 "
                + info.pages() + " 版");
        for (Article a : page.articles()) {
            furniture.add(String.join(" ", a.headline()));
            for (String field : new String[] {a.kicker(), a.subtitle(), a.column(), a.byline()}) {
                if (field != null) {
                    furniture.add(field);
                }
            }
        }

        List<String> seedBody = new ArrayList<>();
        Set<String> furnitureSeen = new HashSet<>();
        boolean open = false; // the previous piece stopped mid-sentence
        for (String chunk : chunks) {
            if (furniture.contains(chunk)) {
                furnitureSeen.add(chunk);
                continue;
            }
            if (open) {
                int lastIndex = seedBody.size() - 1;
                seedBody.set(lastIndex, seedBody.get(lastIndex) + chunk);
            } else if (chunk.startsWith("■") && !seedBody.isEmpty()) {
                int lastIndex = seedBody.size() - 1;
                seedBody.set(lastIndex, seedBody.get(lastIndex) + " " + chunk); // photo credit ends the caption
            } else {
                seedBody.add(chunk);
            }
            open = !chunk.startsWith("■") && !chunk.matches(".*[。！？”」）)]$");
        }
        assertEquals(furniture, furnitureSeen, "every field of the sample appears on the seed page");

        List<String> sampleBody = new ArrayList<>();
        for (Article a : page.articles()) {
            boolean firstParagraph = true;
            for (Block b : a.body()) {
                if (b instanceof Photo photo) {
                    sampleBody.add(photo.caption());
                } else {
                    String text = ((Paragraph) b).text();
                    if (firstParagraph && a.dateline() != null) {
                        text = a.dateline() + " " + text;
                    }
                    firstParagraph = false;
                    sampleBody.add(text);
                }
            }
        }
        assertEquals(seedBody, sampleBody);
    }
}
