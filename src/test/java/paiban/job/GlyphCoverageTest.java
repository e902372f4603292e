package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.font.OpenTypeFace;
import paiban.font.PdfFontResource;
import paiban.galley.Uncovered;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * Issue 8, fonts: a character Noto Serif CJK SC lacks is set in Noto Sans CJK SC; one no font has is placed as an
 * empty box and reported with its code point, file and line.
 */
class GlyphCoverageTest {

    /** 鿭 (U+9FED, a new element name) is in Noto Sans CJK SC but not in Noto Serif CJK SC. */
    static final int SANS_ONLY = 0x9FED;
    /** 😀 is in no Noto CJK face nor any Chinese system font. */
    static final int NO_FONT = 0x1F600;

    static final String ISSUE = """
            ---
            paper: 测试报
            ---
            # 第1版 要闻

            ## 新元素命名

            第一段落全部是常用汉字。

            新元素鿭的名字已经确定，大家笑😀了。
            """;

    static FontLibrary fonts;
    static LayoutReport report;
    static byte[] pdf;

    @BeforeAll
    static void layOut() throws Exception {
        fonts = FontLibrary.standard(Path.of("fonts"));
        Issue issue = new IssueParser().parse(ISSUE, Path.of("coverage.txt"));
        LayoutSpec spec = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        LayoutJob job = new LayoutJob(spec, fonts, PdfFontResource::build);
        report = job.run(issue);
        pdf = job.pdf(report);
    }

    @Test
    void theFixtureIsWhatItClaims() {
        OpenTypeFace serif = fonts.face("Noto Serif CJK SC", false);
        OpenTypeFace sans = fonts.face("Noto Sans CJK SC", false);
        assertFalse(serif.covers(SANS_ONLY));
        assertTrue(sans.covers(SANS_ONLY));
        assertFalse(sans.covers(NO_FONT) || serif.covers(NO_FONT));
    }

    @Test
    void onlyTheCharacterInNoFontIsReportedWithFileAndLine() {
        assumeTrue(fonts.systemCjkFaces(false).stream().noneMatch(f -> f.covers(NO_FONT)),
                "a system Chinese font covers U+1F600");
        assertEquals(1, report.uncovered().size(), report.uncovered().toString());
        Uncovered u = report.uncovered().get(0);
        assertEquals(NO_FONT, u.codePoint());
        assertEquals("coverage.txt:10", u.pos().toString());
        assertEquals("新元素命名", u.article());
        String message = u.toString();
        assertTrue(message.startsWith("coverage.txt:10: U+1F600 '😀' is in no font"), message);
    }

    /** ฿ (U+0E3F) is in no Noto CJK face; Debian's Droid Sans Fallback, a TrueType face, has it. */
    @Test
    void aSystemTrueTypeFaceLendsWhatNoBundledFaceHas() throws Exception {
        OpenTypeFace droid = fonts.systemCjkFaces(false).stream().filter(f -> f.covers(0x0E3F)).findFirst()
                .orElse(null);
        assumeTrue(droid != null, "no system Chinese face covers U+0E3F (Debian: fonts-droid-fallback)");
        assertFalse(fonts.face("Noto Serif CJK SC", false).covers(0x0E3F));
        Issue issue = new IssueParser().parse("## 泰铢\n\n一泰铢写作฿。\n", Path.of("baht.txt"));
        LayoutJob job = new LayoutJob(LayoutLoader.resolve("tabloid", List.of(Path.of("layouts"))), fonts,
                PdfFontResource::build);
        LayoutReport r = job.run(issue);
        assertEquals(List.of(), r.uncovered());
        try (PDDocument doc = Loader.loadPDF(job.pdf(r))) {
            PDPage page = doc.getPage(0);
            boolean embedded = false;
            for (COSName n : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(n);
                embedded |= font.getName().endsWith("+" + droid.postScriptName()) && font.isEmbedded();
            }
            assertTrue(embedded, droid + " embedded as a subset");
            assertTrue(new PDFTextStripper().getText(doc).contains("一泰铢写作฿。"));
        }
    }

    @Test
    void theBorrowedGlyphIsEmbeddedFromSansAndEveryCharacterIsOnThePage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            Set<String> fontNames = new TreeSet<>();
            for (COSName n : page.getResources().getFontNames()) {
                fontNames.add(page.getResources().getFont(n).getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
            assertTrue(fontNames.contains("NotoSansCJKsc-Regular"), "Sans Regular lends 鿭: " + fontNames);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("新元素鿭的名字已经确定，大家笑😀了。"), text);
        }
    }
}
