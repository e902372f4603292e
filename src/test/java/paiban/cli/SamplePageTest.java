package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.parse.IssueParser;
import paiban.spec.Length;

/** Lays out the sample front page as a user would and reads the PDF back the way a print shop's tools do. */
class SamplePageTest {

    static final Path SAMPLE = Path.of("samples/kxdb-2025-05-16/issue.txt");

    @TempDir
    static Path dir;
    static Path pdf;
    static String log;

    @BeforeAll
    static void layOut() {
        pdf = dir.resolve("page1.pdf");
        CommandRun r = CommandRun.of(SAMPLE.toString(), "-o", pdf.toString());
        log = r.err();
        assertEquals(0, r.code(), log);
    }

    @Test
    void everyCharacterOfTheIssueIsOnThePage() throws Exception {
        Issue issue = new IssueParser().parse(SAMPLE);
        StringBuilder source = new StringBuilder();
        for (Article a : issue.pages().get(0).articles()) {
            source.append(String.join("", a.headline()));
            for (String s : new String[] {a.kicker(), a.subtitle(), a.column(), a.dateline(), a.byline()}) {
                source.append(s == null ? "" : s);
            }
            for (Block b : a.body()) {
                source.append(b instanceof Paragraph p ? p.text() : ((Photo) b).caption());
            }
        }
        Map<Integer, Integer> missing = missing(source.toString(), text());
        assertTrue(missing.isEmpty(), "characters of the issue missing from the page: " + describe(missing));
    }

    @Test
    void theHeaderBandCarriesEveryIssueField() throws Exception {
        String text = text().replaceAll("\\s", "");
        for (String field : List.of("科学导报", "第15期", "总第4374期", "2025年5月16日", "星期五", "农历乙巳年四月十九",
                "国内统一连续出版物号CN14-0015", "邮发代号:21-465", "网址:http", "投稿邮箱:kfqjszk", "今日8版", "创刊于1984年", "思想·深度·引导",
                "全国优秀科技报", "山西省科学技术协会主管", "山西科技新闻出版传媒集团有限责任公司主办", "http://www.kxdb.com",
                "kfqjszk@163.com", "开发区建设", "周刊", "山西省商务厅指导", "加强开发区建设推动高质量发展")) {
            assertTrue(text.contains(field), "header field missing: " + field);
        }
    }

    @Test
    void fontsAreEmbeddedCidSubsetsWithToUnicode() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            int count = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                count++;
                assertTrue(font instanceof PDType0Font, name + " is not a Type0 font");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "not a subset name: " + font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                COSDictionary descendant = ((PDType0Font) font).getDescendantFont().getCOSObject();
                assertEquals(COSName.getPDFName("CIDFontType0"), descendant.getCOSName(COSName.SUBTYPE));
                assertTrue(font.getCOSObject().containsKey(COSName.TO_UNICODE), font.getName() + " has no ToUnicode");
            }
            assertTrue(count >= 3, "body, headline and bold faces expected, found " + count);
        }
    }

    @Test
    void boxesAreTrimPlusThreeMillimetreBleed() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            PDRectangle trim = page.getTrimBox();
            PDRectangle media = page.getMediaBox();
            PDRectangle bleed = page.getBleedBox();
            assertEquals(390, trim.getWidth() / Length.MM, 0.05);
            assertEquals(543, trim.getHeight() / Length.MM, 0.05);
            assertEquals(3, trim.getLowerLeftX() / Length.MM, 0.05);
            assertEquals(3, trim.getLowerLeftY() / Length.MM, 0.05);
            assertEquals(396, media.getWidth() / Length.MM, 0.05);
            assertEquals(media.getWidth(), bleed.getWidth(), 0.01);
            assertEquals(media.getHeight(), bleed.getHeight(), 0.01);
        }
    }

    @Test
    void theSameIssueGivesTheSameBytes() throws Exception {
        Path again = dir.resolve("again.pdf");
        assertEquals(0, CommandRun.of(SAMPLE.toString(), "-o", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
        assertEquals(PrintProductionTest.sha256(pdf), PrintProductionTest.sha256(again), "SHA-256 of two runs");
    }

    static String text() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The characters of {@code source} (whitespace aside) that {@code page} holds fewer times, with the shortfall. */
    static Map<Integer, Integer> missing(String source, String page) {
        Map<Integer, Integer> need = new HashMap<>();
        source.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).forEach(c -> need.merge(c, 1, Integer::sum));
        page.codePoints().forEach(c -> need.computeIfPresent(c, (k, v) -> v > 1 ? v - 1 : null));
        return need;
    }

    static String describe(Map<Integer, Integer> missing) {
        List<String> out = new ArrayList<>();
        missing.forEach((c, n) -> out.add(new String(Character.toChars(c)) + "×" + n));
        return String.join(" ", out);
    }
}
