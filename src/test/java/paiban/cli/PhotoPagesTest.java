package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.ExternalTools;
import paiban.render.PhotoFixtures;

/**
 * Photos as a print shop receives them, made here with ImageIO: every ordinary kind placed and none dropped, each
 * shape kept within the crop limit, transparency white, damage refused, colour pages within the ink limit with text
 * in black alone, grey pages on the documented tone curve, logo mastheads, and a bogus output profile refused.
 */
class PhotoPagesTest {

    @TempDir
    static Path dir;
    static List<String> paragraphs = new ArrayList<>();
    static final String[] KINDS = {"rgb.jpg", "progressive.jpg", "grey.jpg", "cmyk.jpg", "ycck.jpg", "rgb16.png",
        "grey16.png", "alpha.png", "grey-alpha.png", "palette.png", "interlaced.png"};

    @BeforeAll
    static void photos() throws IOException {
        Path p = Files.createDirectories(dir.resolve("photos"));
        PhotoFixtures.jpeg(p.resolve("rgb.jpg"), PhotoFixtures.picture(1200, 800), false);
        PhotoFixtures.jpeg(p.resolve("progressive.jpg"), PhotoFixtures.picture(900, 600), true);
        PhotoFixtures.jpeg(p.resolve("grey.jpg"), PhotoFixtures.flatGrey(900, 600, 128), false);
        PhotoFixtures.jpeg(p.resolve("rgb-grey.jpg"), PhotoFixtures.flat(900, 600, 0x808080), false);
        PhotoFixtures.cmykJpeg(p.resolve("cmyk.jpg"), 900, 600, new int[] {230, 230, 230, 240}, false);
        PhotoFixtures.cmykJpeg(p.resolve("k50.jpg"), 900, 600, new int[] {0, 0, 0, 128}, false);
        PhotoFixtures.cmykJpeg(p.resolve("ycck.jpg"), 900, 600, new int[] {30, 90, 160, 100}, true);
        PhotoFixtures.png(p.resolve("rgb16.png"), PhotoFixtures.rgb16(900, 600), false);
        PhotoFixtures.png(p.resolve("grey16.png"), PhotoFixtures.grey16(900, 600, 20000), false);
        PhotoFixtures.png(p.resolve("alpha.png"), PhotoFixtures.transparentGround(900, 600), false);
        PhotoFixtures.png(p.resolve("grey-alpha.png"), PhotoFixtures.greyAlpha(900, 600), false);
        PhotoFixtures.png(p.resolve("palette.png"), PhotoFixtures.paletteWithTransparency(900, 600), false);
        PhotoFixtures.png(p.resolve("interlaced.png"), PhotoFixtures.picture(900, 600), true);
        PhotoFixtures.jpeg(p.resolve("portrait.jpg"), PhotoFixtures.picture(800, 1200), false);
        PhotoFixtures.jpeg(p.resolve("panorama.jpg"), PhotoFixtures.picture(1200, 500), false);
        PhotoFixtures.jpeg(p.resolve("tall.jpg"), PhotoFixtures.picture(400, 1200), false);
        PhotoFixtures.withOrientation(PhotoFixtures.jpeg(p.resolve("turned.jpg"), PhotoFixtures.picture(1200, 800),
                false), 6);
        PhotoFixtures.truncated(p.resolve("rgb.jpg"), p.resolve("cut.jpg"), 0.6);
        for (String line : Files.readAllLines(Path.of("samples/corpus-issue/issue.txt"))) {
            if (line.length() > 120 && !line.startsWith("#") && !line.startsWith("!") && !line.startsWith("<")) {
                paragraphs.add(line.length() > 300 ? line.substring(0, 300) + "。" : line);
            }
        }
    }

    /** An issue of one page: one article per entry, each with the photos named (files under photos/). */
    static Path issue(String name, String pageAttributes, List<List<String>> articles) throws IOException {
        return issue(name, pageAttributes, articles, 3);
    }

    static Path issue(String name, String pageAttributes, List<List<String>> articles, int paras) throws IOException {
        StringBuilder sb = new StringBuilder("---\npaper: 测试报\ndate: 2025-05-16\n---\n# 第1版 要闻\n");
        sb.append(pageAttributes).append('\n');
        int k = 0;
        for (int a = 0; a < articles.size(); a++) {
            sb.append("## 第").append(a + 1).append("篇稿件\n\n");
            for (int i = 0; i < paras; i++) {
                sb.append(paragraphs.get(k++ % paragraphs.size())).append("\n\n");
            }
            for (String photo : articles.get(a)) {
                sb.append("![图片说明").append(photo).append("](photos/").append(photo).append(")\n\n");
            }
        }
        Path f = dir.resolve(name + ".txt");
        Files.writeString(f, sb.toString());
        return f;
    }

    static List<List<String>> each(String... photos) {
        List<List<String>> out = new ArrayList<>();
        for (String p : photos) {
            out.add(List.of(p));
        }
        return out;
    }

    static Path layout(String name, String extraTop, String extraMasthead) throws IOException {
        String yaml = Files.readString(Path.of("layouts/broadsheet.yaml"));
        yaml = yaml.replaceFirst("(?m)^name: broadsheet$", "name: " + name + "\n" + extraTop);
        yaml = yaml.replaceFirst("(?m)^  header-lines: 2 .*$", "  header-lines: 2\n" + extraMasthead);
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    static CommandRun layOut(Path issue, Path pdf, String... more) {
        List<String> args = new ArrayList<>(List.of(issue.toString(), "-o", pdf.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyOrdinaryKindIsPlacedWithItsCaption() throws IOException {
        Path pdf = dir.resolve("kinds.pdf");
        CommandRun r = layOut(issue("kinds", "", each(KINDS), 1), pdf);
        assertEquals(0, r.code(), r.err());
        assertEquals(KINDS.length, PlacedImages.of(pdf).boxes().size(), "every photo is on the page");
        String text = text(pdf);
        for (String k : KINDS) {
            assertTrue(text.contains("图片说明" + k), "caption of " + k);
        }
    }

    @Test
    void anArticleWithSixPhotosKeepsThemAllWithinTheCropLimit() throws IOException {
        List<String> six = List.of("rgb.jpg", "portrait.jpg", "panorama.jpg", "turned.jpg", "grey.jpg", "alpha.png");
        Path pdf = dir.resolve("six.pdf");
        Path report = dir.resolve("six.json");
        CommandRun r = layOut(issue("six", "", List.of(six, List.of(), List.of())), pdf, "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(6, PlacedImages.of(pdf).boxes().size());
        String text = text(pdf);
        for (String p : six) {
            assertTrue(text.contains("图片说明" + p), "caption of " + p);
        }
        assertCropsWithinLimit(report);
    }

    @Test
    void aPhotoWithoutRoomIsNamedNotDropped() throws IOException {
        List<List<String>> articles = List.of(List.of("rgb.jpg"), List.of("panorama.jpg", "turned.jpg"),
                List.of("portrait.jpg", "rgb.jpg", "tall.jpg", "panorama.jpg", "tall.jpg"));
        Path pdf = dir.resolve("crowded.pdf");
        CommandRun r = layOut(issue("crowded", "", articles, 5), pdf, "--layout", "tabloid", "--allow-overset");
        int placed = PlacedImages.of(pdf).boxes().size();
        Matcher m = Pattern.compile("(?:(\\d+) photos|photo) (photos/[^ ]+)").matcher(r.err());
        int named = 0;
        while (m.find()) {
            named += m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        }
        assertEquals(8, placed + named, "every photo is on the page or named: " + r.err());
        assertTrue(named > 0, "the page cannot hold all eight: " + r.err());
        assertEquals(1, r.code(), "a photo without room is overset: exit 1");
    }

    static void assertCropsWithinLimit(Path report) throws IOException {
        Matcher m = Pattern.compile("\"aspectChange\": (-?[0-9.]+)").matcher(Files.readString(report));
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(Math.abs(Double.parseDouble(m.group(1))) <= 0.10 + 1e-9, "aspect change " + m.group(1));
        }
        assertTrue(n > 0);
    }

    @Test
    void eachPhotoKeepsItsOwnShape() throws IOException {
        // as shown: the EXIF-turned photo is stored 1200 × 800 and shown 800 × 1200
        String[] files = {"portrait.jpg", "panorama.jpg", "turned.jpg"};
        double[] shown = {800.0 / 1200, 1200.0 / 500, 800.0 / 1200};
        for (int i = 0; i < files.length; i++) {
            Path pdf = dir.resolve("shape" + i + ".pdf");
            Path report = dir.resolve("shape" + i + ".json");
            List<List<String>> articles = List.of(List.of(files[i]), List.of(), List.of());
            CommandRun r = layOut(issue("shape" + i, "", articles), pdf, "--report", report.toString());
            assertEquals(0, r.code(), r.err());
            PlacedImages.Box box = PlacedImages.of(pdf).boxes().get(0);
            double change = box.aspect() / shown[i] - 1;
            assertTrue(Math.abs(change) <= 0.10 + 1e-3, files[i] + ": placed at " + box.aspect() + ", shown "
                    + shown[i]);
            assertCropsWithinLimit(report);
        }
    }

    @Test
    void transparencyPrintsAsWhitePaper() throws IOException {
        for (String f : new String[] {"alpha.png", "palette.png", "grey-alpha.png"}) {
            Path pdf = dir.resolve("alpha-" + f + ".pdf");
            CommandRun r = layOut(issue("alpha-" + f, "", List.of(List.of(f), List.of())), pdf);
            assertEquals(0, r.code(), r.err());
            PlacedImages.Box box = PlacedImages.of(pdf).boxes().get(0);
            BufferedImage page = PageRaster.grey(pdf, 72, dir.resolve("alpha-" + f));
            assumeTrue(page != null, "pdftoppm is not installed");
            int top = (int) (PlacedImages.of(pdf).pageHeight() - box.y() - box.height());
            // near the box's corners the ground is transparent: paper white; the middle square is dark
            assertTrue(grey(page, (int) box.x() + 3, top + 3) > 245, f + ": corner is white");
            assertTrue(grey(page, (int) (box.x() + box.width() - 4), (int) (top + box.height() - 4)) > 245, f);
            assertTrue(grey(page, (int) (box.x() + box.width() / 2), (int) (top + box.height() / 2)) < 200,
                    f + ": the opaque square prints");
        }
    }

    static int grey(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    @Test
    void aDamagedOrUnusualFileExitsTwoNamingIt() throws IOException {
        CommandRun r = layOut(issue("cut", "", List.of(List.of("cut.jpg"))), dir.resolve("cut.pdf"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cut.jpg") && r.err().contains("damaged"), r.err());
        Path fifo = dir.resolve("photos/pipe.jpg");
        assumeTrue(ExternalTools.run(List.of("mkfifo", fifo.toString())).code() == 0, "mkfifo is not available");
        CommandRun p = layOut(issue("fifo", "", List.of(List.of("pipe.jpg"))), dir.resolve("fifo.pdf"));
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().contains("pipe.jpg") && p.err().contains("not a regular file"), p.err());
    }

    /** {@code NAME.pdf}: the photos, one to an article, laid out with exit 0 on a broadsheet printed in colour. */
    private Path colourPage(String name, String... photos) throws IOException {
        Path pdf = dir.resolve(name + ".pdf");
        Path layout = layout(name + "-broadsheet", "colour: true", "");
        CommandRun r = layOut(issue(name, "", each(photos)), pdf, "--layout", layout.toString());
        assertEquals(0, r.code(), r.err());
        return pdf;
    }

    @Test
    void colourPhotosStayWithinTheInkLimitAndTextIsBlackAlone() throws IOException {
        Path pdf = colourPage("colour", "rgb.jpg", "cmyk.jpg", "ycck.jpg", "rgb16.png", "grey.jpg", "alpha.png");
        PlacedImages placed = PlacedImages.of(pdf);
        assertTrue(placed.boxes().stream().filter(b -> b.colourSpace().equals("DeviceCMYK")).count() >= 4,
                "colour photos are CMYK");
        assertTrue(placed.boxes().stream().anyMatch(b -> b.colourSpace().equals("DeviceGray")),
                "a grey photo stays grey");
        Raster cmyk = PageRaster.cmyk(pdf, 40, dir.resolve("colour-sep"));
        assumeTrue(cmyk != null, "Ghostscript is not installed");
        int worst = 0;
        int[] px = new int[4];
        double scale = 40 / 72.0;
        // under the masthead (printed in red), outside the photos: black alone wherever there is ink
        int body = (int) (cmyk.getHeight() * 0.25);
        int colouredText = 0;
        for (int y = 0; y < cmyk.getHeight(); y++) {
            for (int x = 0; x < cmyk.getWidth(); x++) {
                cmyk.getPixel(x, y, px);
                worst = Math.max(worst, px[0] + px[1] + px[2] + px[3]);
                if (y > body && px[0] + px[1] + px[2] > 0 && !inImage(placed, x / scale, y / scale)) {
                    colouredText++;
                }
            }
        }
        assertTrue(worst * 100.0 / 255 <= 240.5, "total ink " + worst * 100.0 / 255 + " %");
        assertEquals(0, colouredText, "pixels in C, M or Y outside the photos under the masthead");
    }

    /**
     * The colour page as the plate-maker sees it: Ghostscript's separations (tiffsep) are the four process plates and
     * no spot colour, their ink adds up to at most 240 % at every pixel, text and rules under the masthead are on the
     * black plate alone; and the page keeps what a preflight checks: TrimBox and BleedBox, every font embedded with
     * its ToUnicode map, no RGB and no transparency.
     */
    @Test
    void aColourPageSeparatesIntoFourPlatesWithinTheInkLimit() throws IOException {
        Path pdf = colourPage("plates", "rgb.jpg", "cmyk.jpg", "ycck.jpg", "rgb16.png", "palette.png", "alpha.png");
        Path sep = Files.createDirectories(dir.resolve("plates-sep"));
        int dpi = 30;
        ExternalTools.Result gs = ExternalTools.run(List.of("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER",
                "-sDEVICE=tiffsep", "-r" + dpi, "-sOutputFile=" + sep.resolve("p.tif"), pdf.toString()));
        assumeTrue(gs.code() == 0, "Ghostscript is not installed");
        List<String> plates = new ArrayList<>();
        try (var files = Files.list(sep)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("p(")).sorted().forEach(plates::add);
        }
        assertEquals(List.of("p(Black).tif", "p(Cyan).tif", "p(Magenta).tif", "p(Yellow).tif"), plates,
                "four process plates, no spot colour");
        Raster[] ink = new Raster[4];
        String[] names = {"Cyan", "Magenta", "Yellow", "Black"};
        for (int i = 0; i < 4; i++) {
            ink[i] = ImageIO.read(sep.resolve("p(" + names[i] + ").tif").toFile()).getRaster();
        }
        PlacedImages placed = PlacedImages.of(pdf);
        double scale = dpi / 72.0;
        int body = (int) (ink[0].getHeight() * 0.25);
        int worst = 0;
        int colouredOutside = 0;
        int photoColour = 0;
        for (int y = 0; y < ink[0].getHeight(); y++) {
            for (int x = 0; x < ink[0].getWidth(); x++) {
                // a separation is grey, 0 where the plate inks fully
                int c = 255 - ink[0].getSample(x, y, 0);
                int m = 255 - ink[1].getSample(x, y, 0);
                int yy = 255 - ink[2].getSample(x, y, 0);
                int k = 255 - ink[3].getSample(x, y, 0);
                worst = Math.max(worst, c + m + yy + k);
                boolean inPhoto = inImage(placed, x / scale, y / scale);
                colouredOutside += y > body && !inPhoto && c + m + yy > 0 ? 1 : 0;
                photoColour += inPhoto && c + m + yy > 0 ? 1 : 0;
            }
        }
        assertTrue(worst * 100.0 / 255 <= 240.5, "total ink " + worst * 100.0 / 255 + " %");
        assertTrue(worst * 100.0 / 255 > 200, "the rich CMYK photo is held at the limit, not far under it: "
                + worst * 100.0 / 255 + " %");
        assertEquals(0, colouredOutside, "pixels in C, M or Y outside the photos under the masthead");
        assertTrue(photoColour > 0, "the colour photos print in colour");
        assertTrue(paiban.render.AdPreflight.problems(pdf).isEmpty(), "no RGB, no transparency, fonts embedded: "
                + paiban.render.AdPreflight.problems(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
            assertNotNull(page.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.TRIM_BOX));
            assertNotNull(page.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.BLEED_BOX));
            for (org.apache.pdfbox.cos.COSName n : page.getResources().getFontNames()) {
                org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(n);
                assertTrue(font.isEmbedded() && font.getCOSObject().containsKey(
                        org.apache.pdfbox.cos.COSName.TO_UNICODE), font.getName() + " embedded, with ToUnicode");
            }
        }
    }

    /** Whether a point (PDF points from the top left) lies inside a placed image, with a pixel of slack. */
    static boolean inImage(PlacedImages placed, double x, double yFromTop) {
        double y = placed.pageHeight() - yFromTop;
        for (PlacedImages.Box b : placed.boxes()) {
            if (x >= b.x() - 2 && x <= b.x() + b.width() + 2 && y >= b.y() - 2 && y <= b.y() + b.height() + 2) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFiftyPercentGreyPrintsAsFiftyPercentBlack() throws IOException {
        Path pdf = dir.resolve("grey.pdf");
        CommandRun r = layOut(issue("grey", "", each("grey.jpg", "k50.jpg", "rgb-grey.jpg")), pdf);
        assertEquals(0, r.code(), r.err());
        PlacedImages placed = PlacedImages.of(pdf);
        assertEquals(3, placed.boxes().size());
        Raster cmyk = PageRaster.cmyk(pdf, 40, dir.resolve("grey-sep"));
        assumeTrue(cmyk != null, "Ghostscript is not installed");
        double scale = 40 / 72.0;
        for (PlacedImages.Box b : placed.boxes()) {
            int x = (int) ((b.x() + b.width() / 2) * scale);
            int y = (int) ((placed.pageHeight() - b.y() - b.height() / 2) * scale);
            int[] px = cmyk.getPixel(x, y, (int[]) null);
            assertEquals(50.0, px[3] * 100.0 / 255, 3.0, "K of a 50 % grey");
            assertEquals(0, px[0] + px[1] + px[2], "a grey page prints in black alone");
        }
    }

    @Test
    void aPageMayPrintInColourOnAGreyLayout() throws IOException {
        Path pdf = dir.resolve("page-colour.pdf");
        CommandRun r = layOut(issue("page-colour", "colour: true", each("rgb.jpg", "grey.jpg")), pdf);
        assertEquals(0, r.code(), r.err());
        assertTrue(PlacedImages.of(pdf).boxes().stream().anyMatch(b -> b.colourSpace().equals("DeviceCMYK")));
    }

    @Test
    void logoMastheadsArePlacedAndAPdfLogoStaysVector() throws IOException {
        Path logoPdf = dir.resolve("logo.pdf");
        VectorLogo.write(logoPdf);
        PhotoFixtures.png(dir.resolve("logo.png"), PhotoFixtures.transparentGround(600, 200), false);
        Path issue = issue("logo", "", List.of(List.of(), List.of()));
        Path vector = dir.resolve("logo-pdf.pdf");
        CommandRun r = layOut(issue, vector, "--layout", layout("logo-pdf", "", "  logo: logo.pdf").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, PlacedImages.imageXObjects(vector), "a PDF logo is drawn as vectors, no image");
        assertTrue(VectorLogo.formsDrawn(vector) >= 1, "the logo's form is drawn");
        assertTrue(text(vector).contains("测试报"), "the logo reads as the paper's name");
        Path section = dir.resolve("logo-section.pdf");
        r = layOut(issue("logo-section", "section: 专刊", List.of(List.of(), List.of())), section, "--layout",
                layout("logo-section", "", "  logo: logo.pdf\n  section-logos:\n    专刊: logo.pdf").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, VectorLogo.formsDrawn(section), "the paper's and the section's logos");
        assertTrue(text(section).contains("专刊"), "the section's logo reads as its name");
        VectorLogo.write(dir.resolve("rgb-logo.pdf"), true);
        r = layOut(issue, dir.resolve("rgb.pdf"), "--layout", layout("logo-rgb", "", "  logo: rgb-logo.pdf").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("rgb-logo.pdf") && r.err().contains("RGB"), r.err());
        Path image = dir.resolve("logo-png.pdf");
        r = layOut(issue, image, "--layout", layout("logo-png", "", "  logo: logo.png").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, PlacedImages.of(image).boxes().size(), "the image logo is placed");
    }

    @Test
    void anOutputProfileThatIsNotIccExitsTwo() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\n".repeat(20), StandardCharsets.US_ASCII);
        Path layout = dir.resolve("bad-icc.yaml");
        Files.writeString(layout, Files.readString(Path.of("layouts/broadsheet.yaml"))
                .replaceFirst("(?m)^output:$", "output:\n  icc-profile: " + passwd));
        CommandRun r = layOut(issue("icc", "", List.of(List.of())), dir.resolve("icc.pdf"), "--layout",
                layout.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("passwd") && r.err().contains("not an ICC profile"), r.err());
        // the system's own file, as a desk might mistype it
        Path system = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(system), "no /etc/passwd here");
        Path etc = dir.resolve("etc-icc.yaml");
        Files.writeString(etc, Files.readString(Path.of("layouts/broadsheet.yaml"))
                .replaceFirst("(?m)^output:$", "output:\n  icc-profile: " + system));
        r = layOut(issue("icc-etc", "", List.of(List.of())), dir.resolve("icc-etc.pdf"), "--layout", etc.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("/etc/passwd") && r.err().contains("not an ICC profile"), r.err());
        assertTrue(Files.notExists(dir.resolve("icc-etc.pdf")), "nothing is written");
    }

    /** Pages rendered by the outside tools: grey by pdftoppm, CMYK separations by Ghostscript. */
    static final class PageRaster {
        private PageRaster() {
        }

        static BufferedImage grey(Path pdf, int dpi, Path stem) throws IOException {
            ExternalTools.Result r = ExternalTools.run(List.of("pdftoppm", "-r", String.valueOf(dpi), "-gray", "-png",
                    "-singlefile", pdf.toString(), stem.toString()));
            return r.code() != 0 ? null : ImageIO.read(Path.of(stem + ".png").toFile());
        }

        static Raster cmyk(Path pdf, int dpi, Path stem) throws IOException {
            Path tif = Path.of(stem + ".tif");
            ExternalTools.Result r = ExternalTools.run(List.of("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER",
                    "-sDEVICE=tiff32nc", "-r" + dpi, "-sOutputFile=" + tif, pdf.toString()));
            return r.code() != 0 ? null : ImageIO.read(tif.toFile()).getRaster();
        }
    }
}
