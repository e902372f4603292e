package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Advertisement blocks as a desk books them and ad files as agencies send them: a vector PDF ad stays vector, an
 * image ad goes the photos' way, a file the PDF/X-1a page cannot take is refused naming the file and the line, and a
 * block the page cannot hold is an error at its line.
 */
class AdPagesTest {

    @TempDir
    static Path dir;
    static final List<String> paragraphs = new ArrayList<>();

    @BeforeAll
    static void files() throws IOException {
        Path ads = Files.createDirectories(dir.resolve("ads"));
        // a 4 × 20 block on the broadsheet is about 4:1.3; the clean ad is made in that shape
        AdFiles.pdf(ads.resolve("clean.pdf"), 300, 100, AdFiles.Flaw.NONE);
        AdFiles.pdf(ads.resolve("font.pdf"), 300, 100, AdFiles.Flaw.UNEMBEDDED_FONT);
        AdFiles.pdf(ads.resolve("rgb.pdf"), 300, 100, AdFiles.Flaw.RGB);
        AdFiles.pdf(ads.resolve("mask.pdf"), 300, 100, AdFiles.Flaw.SOFT_MASK);
        AdFiles.pdf(ads.resolve("alpha.pdf"), 300, 100, AdFiles.Flaw.ALPHA);
        AdFiles.png(ads.resolve("photo.png"), 600, 200);
        Files.write(ads.resolve("damaged.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes());
        for (String line : Files.readAllLines(Path.of("samples/corpus-issue/issue.txt"))) {
            if (line.length() > 120 && !line.startsWith("#") && !line.startsWith("!") && !line.startsWith("<")) {
                paragraphs.add(line);
            }
        }
    }

    /** An issue of one page 第{@code page}版 with the {@code ad:} lines given (from line 6; a {@code colour:} line as it is) and four articles. */
    static Path issue(String name, int page, String... ads) throws IOException {
        StringBuilder sb = new StringBuilder("---\npaper: 测试报\ndate: 2025-05-16\n---\n# 第" + page + "版 要闻\n");
        for (String ad : ads) {
            sb.append(ad.startsWith("colour:") ? "" : "ad: ").append(ad).append('\n');
        }
        sb.append('\n');
        int k = 0;
        for (int a = 0; a < 4; a++) {
            sb.append("## 第").append(a + 1).append("篇稿件\n\n");
            for (int i = 0; i < 4 - a; i++) {
                sb.append(paragraphs.get(k++ % paragraphs.size())).append("\n\n");
            }
        }
        Path f = dir.resolve(name + ".txt");
        Files.writeString(f, sb.toString());
        return f;
    }

    static CommandRun layOut(Path issue, Path pdf) {
        return CommandRun.of(issue.toString(), "-o", pdf.toString(), "--allow-overset");
    }

    @Test
    void aVectorAdLandsAsAFormWithNoImageAndThePageStaysPrintable() throws IOException {
        Path pdf = dir.resolve("clean.pdf");
        CommandRun r = layOut(issue("clean", 2, "半通栏 右 4x20 ads/clean.pdf 示例银行"), pdf);
        assertTrue(r.code() <= 1, r.err());
        assertEquals(0, PlacedImages.imageXObjects(pdf), "no image XObject for a vector ad");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            int forms = 0;
            for (COSName n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDFormXObject f) {
                    forms++;
                    assertEquals(300, f.getBBox().getWidth(), 0.01, "the ad's own page, imported whole");
                }
            }
            assertEquals(1, forms, "the ad is drawn as one form");
            assertFontsEmbedded(res);
        }
        assertTrue(paiban.render.AdPreflight.problems(pdf).isEmpty(), "the page has no RGB, no transparency, and"
                + " every font embedded: " + paiban.render.AdPreflight.problems(pdf));
        assertTrue(PhotoPagesTest.text(pdf).contains("示例银行（半通栏广告 4x20）"),
                "the ad reads as what it is, for search and extraction");
    }

    @Test
    void anImageAdGoesThePhotosWayInGreyAndAShapeUnlikeItsBlockIsAWarning() throws IOException {
        Path pdf = dir.resolve("image.pdf");
        CommandRun r = layOut(issue("image", 2, "右下角 2x20 ads/photo.png"), pdf);
        assertTrue(r.code() <= 1, r.err());
        assertTrue(r.err().contains("image.txt:6") && r.err().contains("ads/photo.png")
                && r.err().contains("scaled to fit"), "a 3:1 image in a tall block is named: " + r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            int images = 0;
            for (COSName n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDImageXObject img) {
                    images++;
                    assertTrue(img.getColorSpace() instanceof PDDeviceGray, "a grey page prints the ad in black");
                }
            }
            assertEquals(1, images);
        }
    }

    @Test
    void onAColourPageAnImageAdIsSeparatedIntoCmyk() throws IOException {
        Path pdf = dir.resolve("colour.pdf");
        CommandRun r = layOut(issue("colour", 2, "半通栏 4x20 ads/photo.png", "colour: true"), pdf);
        assertTrue(r.code() <= 1, r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            List<String> spaces = new ArrayList<>();
            for (COSName n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDImageXObject img) {
                    spaces.add(img.getColorSpace().getName());
                }
            }
            assertEquals(List.of("DeviceCMYK"), spaces, "the colour ad in CMYK, as a colour photo");
        }
        assertTrue(paiban.render.AdPreflight.problems(pdf).isEmpty(), "no RGB on the page");
    }

    @ParameterizedTest
    @CsvSource({"font.pdf, not embedded", "rgb.pdf, RGB", "mask.pdf, transparency", "alpha.pdf, transparency",
        "damaged.pdf, damaged", "missing.pdf, not found"})
    void anAdThePageCannotTakeExitsTwoNamingTheFileAndTheLine(String file, String why) throws IOException {
        Path out = dir.resolve("refused-" + file);
        CommandRun r = layOut(issue("refused-" + file, 2, "通栏 8x20 ads/" + file + " 示例银行"), out);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("refused-" + file + ".txt:6") && r.err().contains("ads/" + file)
                && r.err().contains(why), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
        assertTrue(Files.notExists(out), "nothing is written");
    }

    /** Each row: the page, its {@code ad:} lines (split at ';'), and what the message about the last one says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|通栏 9x10|is 9 columns wide; the page has 8",
        "2|通栏 8x300|grid lines deep",
        "2|右下角 2x20 ; 半通栏 右 4x20|overlaps the 右下角 booked on line 6",
        "2|半通栏 右 5x20 ; 半通栏 左 5x20|overlaps the 半通栏 booked on line 6",
        "2|报眼 2x5|第2版 has none",
        "1|报眼 6x5|may take at most a third",
        "1|报眼 2x40|mm tall; the masthead is"})
    void aBlockThePageCannotHoldIsAnErrorAtItsLine(int page, String ads, String why) throws IOException {
        String[] lines = ads.split("\\s*;\\s*");
        Path f = issue("bad-" + Integer.toHexString(ads.hashCode()), page, lines);
        CommandRun r = layOut(f, dir.resolve("bad.pdf"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(f.getFileName() + ":" + (5 + lines.length))
                && r.err().contains("ad: " + lines[lines.length - 1]) && r.err().contains(why), r.err());
    }

    @Test
    void aPageBooksAnEarAHalfWidthBlockAndACornerAndTheArticlesStandRoundThem() throws IOException {
        Path pdf = dir.resolve("three.pdf");
        CommandRun r = layOut(issue("three", 1, "报眼 2x6 ads/clean.pdf", "半通栏 左 4x20 示例银行",
                "右上角 2x15 某某保险"), pdf);
        assertTrue(r.code() <= 1, r.err());
        assertEquals(0, PlacedImages.imageXObjects(pdf));
        assertEquals(1, VectorLogo.formsDrawn(pdf), "the ear's ad is a form");
        String text = PhotoPagesTest.text(pdf);
        assertTrue(text.contains("示例银行（半通栏广告 4x20）") && text.contains("某某保险（右上角广告 2x15）"), text);
    }

    @Test
    void anOutputNeverOverwritesAnAdFile() throws IOException {
        Path ad = dir.resolve("ads/keep.pdf");
        AdFiles.pdf(ad, 300, 100, AdFiles.Flaw.NONE);
        byte[] before = Files.readAllBytes(ad);
        CommandRun r = layOut(issue("keep", 2, "通栏 8x20 ads/keep.pdf"), ad);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("ad file"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ad)), "the ad file is untouched");
    }

    private static void assertFontsEmbedded(PDResources res) throws IOException {
        for (COSName n : res.getFontNames()) {
            PDFont font = res.getFont(n);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
    }
}
