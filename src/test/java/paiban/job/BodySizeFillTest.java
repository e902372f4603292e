package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.page.Mark;
import paiban.page.TextMark;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * A page too thin for the layout's body size is set in the larger one it permits (小五 → 五号 on the broadsheet),
 * so its articles fill the type area rather than leave it to air and short legs, the front page under its masthead
 * too; a well-filled page keeps the base size.
 */
class BodySizeFillTest {

    static LayoutSpec spec;
    static FontLibrary fonts;
    static List<String> articles = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        spec = LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts")));
        fonts = FontLibrary.standard(Path.of("fonts"));
        // Articles of the 8-page sample (public texts), cut short: a page of them is thin on a broadsheet.
        String sample = Files.readString(Path.of("samples/corpus-issue/issue.txt"));
        for (String part : sample.split("\n(?=## )")) {
            if (part.startsWith("## ") && !part.startsWith("## 政府工作报告\n")) {
                articles.add(part.strip());
            }
        }
    }

    private static String issue(int pageNumber, int count, int chars) {
        StringBuilder sb = new StringBuilder("---\npaper: 测试报\ndate: 2024-03-12\n---\n\n# 第" + pageNumber + "版 综合\n\n");
        for (int i = 0; i < count; i++) {
            String a = articles.get(i % articles.size());
            String cut = a.length() <= chars ? a : a.substring(0, chars);
            int stop = cut.lastIndexOf('。');
            sb.append(stop > cut.indexOf("\n\n") ? cut.substring(0, stop + 1) : cut).append("\n\n");
        }
        return sb.toString();
    }

    private static float bodySizeOf(PageLayout page) {
        for (Mark m : page.drawing().marks()) {
            if (m instanceof TextMark t && t.tag().kind() == paiban.page.Tag.Kind.PARAGRAPH) {
                return t.line().glyphs().get(0).size();
            }
        }
        return 0;
    }

    private static LayoutReport run(String text) throws Exception {
        LayoutJob job = new LayoutJob(spec, fonts, PdfFontResource::build);
        return job.run(new IssueParser().parse(text, Path.of("thin.txt")));
    }

    @Test
    void aThinInsidePageIsSetInTheLargerBodySizeAndStillHoldsEveryLine() throws Exception {
        LayoutReport r = run(issue(2, 6, 500));
        PageLayout page = r.pages().get(0);
        assertEquals(10.5f, bodySizeOf(page), "五号");
        assertTrue(r.overset().isEmpty(), "nothing overset: " + r.overset());
        assertTrue(r.summary().stream().anyMatch(s -> s.toString().contains("larger body size")), r.summary().toString());
    }

    @Test
    void aPageThatFitsOnlyAtTheBaseSizeKeepsIt() throws Exception {
        LayoutReport r = run(issue(2, 6, 1400));
        assertTrue(r.overset().isEmpty(), "nothing overset: " + r.overset());
        assertEquals(9f, bodySizeOf(r.pages().get(0)), "小五");
    }

    @Test
    void aThinFrontPageTakesTheLargerSizeUnderItsMastheadWithoutTouchingIt() throws Exception {
        LayoutReport r = run(issue(1, 6, 500));
        PageLayout page = r.pages().get(0);
        assertEquals(10.5f, bodySizeOf(page), "五号");
        assertTrue(r.overset().isEmpty(), "nothing overset: " + r.overset());
        float mastheadFoot = 0;
        float bodyTop = Float.MAX_VALUE;
        for (Mark m : page.drawing().marks()) {
            if (m instanceof TextMark t && !t.line().text().isBlank()) {
                float size = t.line().glyphs().get(0).size();
                if (t.tag().kind() == paiban.page.Tag.Kind.PARAGRAPH) {
                    bodyTop = Math.min(bodyTop, t.baseline() - 0.88f * size);
                } else if (size >= 40) {
                    mastheadFoot = Math.max(mastheadFoot, t.baseline() + 0.12f * size);
                }
            }
        }
        assertTrue(mastheadFoot > 0 && bodyTop > mastheadFoot, "the body (top " + bodyTop
                + " pt) stands under the paper's name (foot " + mastheadFoot + " pt)");
    }
}
