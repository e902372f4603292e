package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import paiban.render.PhotoFixtures;

/**
 * A photo's size as the desk gives it ({@code "头像"}, {@code "2x20"}, {@code "2栏"}, {@code "50%"}) and the limits
 * the page maker keeps on a page with more room than text: a head shot one column wide, an unsized photo no taller
 * than half the type area, and every photo on the page or named as overset. Measured on the report and the PDF.
 */
class PhotoSizeTest {

    @TempDir
    static Path dir;
    /** Broadsheet: 8 columns of 13 小五 characters and 1-character gutters; type area 543 − 24 − 20 mm tall. */
    static final double COLUMN_MM = 13 * 9 * 25.4 / 72;
    static final double GUTTER_MM = 9 * 25.4 / 72;
    static final double TYPE_AREA_MM = 543 - 24 - 20;

    @BeforeAll
    static void photos() throws IOException {
        Path p = Files.createDirectories(dir.resolve("photos"));
        PhotoFixtures.jpeg(p.resolve("head.jpg"), PhotoFixtures.picture(600, 800), false);
        PhotoFixtures.jpeg(p.resolve("land.jpg"), PhotoFixtures.picture(1200, 800), false);
        PhotoFixtures.jpeg(p.resolve("tall.jpg"), PhotoFixtures.picture(400, 1200), false);
        PhotoFixtures.jpeg(p.resolve("panorama.jpg"), PhotoFixtures.picture(1200, 500), false);
    }

    /**
     * A thin front page: a short profile of the author with {@code photo} (the markdown of one photo paragraph,
     * or several), and a short news piece with a landscape photo. Far too little text to fill a broadsheet.
     */
    static Path thinPage(String name, String photo) throws IOException {
        Path f = dir.resolve(name + ".txt");
        Files.writeString(f, """
                ---
                paper: 测试报
                date: 2025-05-16
                ---
                # 第1版 要闻

                ## 作者简介
                byline: 本报记者 李明

                李明，本报资深记者，从事新闻工作二十年，长期关注城市建设与民生话题。他的作品曾多次获得省级新闻奖。

                %s

                ## 城南新图书馆今日开放

                城南新图书馆今天上午正式开放，首日接待读者三千余人次。图书馆藏书四十万册，设有少儿阅览区和自习室。

                ![新图书馆外景](photos/land.jpg)
                """.formatted(photo));
        return f;
    }

    record Run(CommandRun run, Map<String, Object> report, Path pdf) {

        /** The module of the article whose headline is {@code title}. */
        Map<String, Object> module(String title) {
            for (Map<String, Object> m : list(page().get("modules"))) {
                if (title.equals(m.get("article"))) {
                    return m;
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> photo(String title) {
            return (Map<String, Object>) module(title).get("photo");
        }

        /** The printed size of a photo file on the page, from the report's crops: {width, height} in mm. */
        double[] printed(String file) {
            for (Map<String, Object> c : list(page().get("crops"))) {
                if (c.get("file").equals(file)) {
                    return new double[] {number(c.get("widthMm")), number(c.get("heightMm"))};
                }
            }
            return null;
        }

        private Map<String, Object> page() {
            return list(report.get("pages")).get(0);
        }

        String warnings() {
            return String.valueOf(report.get("warnings"));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    static Run layOut(Path issue, String... more) throws IOException {
        String name = issue.getFileName().toString().replace(".txt", "");
        Path pdf = dir.resolve(name + ".pdf");
        Path report = dir.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of(issue.toString(), "-o", pdf.toString(), "--report",
                report.toString()));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        Map<String, Object> json = Files.exists(report)
                ? new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(report)) : null;
        return new Run(r, json, pdf);
    }

    static double spanMm(int columns) {
        return columns * COLUMN_MM + (columns - 1) * GUTTER_MM;
    }

    @Test
    void aHeadShotStaysOneColumnWideOnAThinPage() throws IOException {
        Run marked = layOut(thinPage("head", "![李明近照](photos/head.jpg \"头像\")"));
        assertEquals(0, marked.run().code(), marked.run().err());
        Map<String, Object> photo = marked.photo("作者简介");
        assertEquals(1, photo.get("columns"), "a head shot is one column wide: " + photo);
        assertEquals(1, photo.get("maxColumns"));
        assertEquals("头像", photo.get("size"));
        double[] mm = marked.printed("photos/head.jpg");
        assertEquals(spanMm(1), mm[0], 0.2, "printed one column wide");
        assertTrue(mm[1] < spanMm(1) / 0.75 * 1.11, "its height follows its shape: " + mm[1] + " mm");
        assertEquals(1, PlacedImages.of(marked.pdf()).boxes().stream()
                .filter(b -> Math.abs(b.width() * 25.4 / 72 - spanMm(1)) < 0.2).count(), "the PDF agrees");
        // the same page with the photo unmarked: a portrait the page maker sizes itself, wider, within its limit
        Run free = layOut(thinPage("unmarked", "![李明近照](photos/head.jpg)"));
        assertEquals(0, free.run().code(), free.run().err());
        assertTrue((int) free.photo("作者简介").get("columns") > 1, "unmarked, the portrait may grow");
    }

    @Test
    void anUnsizedPhotoGrowsNoTallerThanHalfTheTypeArea() throws IOException {
        for (String file : new String[] {"head.jpg", "tall.jpg", "land.jpg"}) {
            Run r = layOut(thinPage("free-" + file.replace(".jpg", ""), "![照片](photos/" + file + ")"));
            assertEquals(0, r.run().code(), r.run().err());
            double[] mm = r.printed("photos/" + file);
            assertNotNull(mm, file + " is on the page");
            assertTrue(mm[1] <= TYPE_AREA_MM / 2 + 0.5, file + " printed " + mm[0] + " × " + mm[1] + " mm");
            Map<String, Object> photo = r.photo("作者简介");
            assertTrue((int) photo.get("columns") <= (int) photo.get("maxColumns"), photo.toString());
            assertEquals(mm[1], number(photo.get("heightMm")), 0.15, "the module's photo and its crop agree");
            assertTrue(r.warnings().contains("underfull"), "the room the photo does not take shows as white");
        }
    }

    @Test
    void aSizeOfColumnsByLinesGivesThatBox() throws IOException {
        Run r = layOut(thinPage("box", "![李明近照](photos/head.jpg \"size: 2x20\")"));
        assertEquals(0, r.run().code(), r.run().err());
        Map<String, Object> photo = r.photo("作者简介");
        assertEquals(2, photo.get("columns"));
        assertEquals(20, photo.get("lines"));
        assertEquals("2x20", photo.get("size"));
        double[] mm = r.printed("photos/head.jpg");
        assertEquals(spanMm(2), mm[0], 0.2);
        // 20 lines of 13.5 pt, less the gap line's air (13.5 − 9 pt)
        assertEquals((20 * 13.5 - 4.5) * 25.4 / 72, mm[1], 0.2);
        // a 3:4 portrait in a box of 85.7 × 93.7 mm is cropped 22 % of its aspect: the desk asked, the run says so
        assertTrue(r.run().err().contains("photo photos/head.jpg is cropped by 22 %"), r.run().err());
        assertTrue(r.warnings().contains("photo-crop"), r.warnings());
    }

    @ParameterizedTest
    @CsvSource({"2栏, 2", "size: 3, 3", "'size: 50%', -1"})
    void aSizeInColumnsOrAShareOfTheModuleIsHeld(String size, int columns) throws IOException {
        Run r = layOut(thinPage("cols-" + columns, "![新桥](photos/land.jpg \"" + size + "\")"));
        assertEquals(0, r.run().code(), r.run().err());
        Map<String, Object> photo = r.photo("作者简介");
        int module = (int) r.module("作者简介").get("bodyColumns");
        int expected = columns > 0 ? columns : Math.max(1, Math.round(module / 2f));
        assertEquals(expected, photo.get("columns"), photo + " in a module of " + module);
        assertEquals(spanMm(expected), r.printed("photos/land.jpg")[0], 0.2);
        assertTrue(Math.abs(number(photo.get("aspectChange"))) <= 0.10 + 1e-9, "its height follows its shape");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"1x2\"|photo size '1x2' must be",
        "\"size: 0\"|photo size 'size: 0' must be",
        "\"120%\"|photo size '120%' must be",
        "\"wide\"|'wide' is neither",
        "\"头像 2栏\"|a head shot (头像) stands 1 column wide at most: '2栏'",
        "\"3:2\" \"4:3\"|the photo states '4:3' after another",
        "\"size: 9\"|photo size '9栏' is wider than the page: layout broadsheet has 8 columns"})
    void aSizeThatCannotBeReadIsAnErrorAtItsLine(String options, String message) throws IOException {
        Path issue = thinPage("bad", "![李明近照](photos/head.jpg " + options + ")");
        Run r = layOut(issue);
        assertEquals(2, r.run().code(), r.run().err());
        assertTrue(r.run().err().contains("bad.txt:12:") && r.run().err().contains(message), r.run().err());
        assertTrue(r.run().err().contains(options) || options.contains("size: 9"), "the line is quoted: " + r.run().err());
        assertTrue(Files.notExists(r.pdf()), "nothing is written");
    }

    @Test
    void stackedPhotosShareOneSizeOrTheRunSaysWhich() throws IOException {
        Run r = layOut(thinPage("differ", "![甲](photos/land.jpg \"2栏\")\n\n![乙](photos/tall.jpg \"3栏\")"));
        assertEquals(2, r.run().code(), r.run().err());
        assertTrue(r.run().err().contains("differ.txt:14:") && r.run().err().contains("'3栏' differs from '2栏' at"
                + " line 12"), r.run().err());
        Run head = layOut(thinPage("head-mix", "![甲](photos/land.jpg \"2栏\")\n\n![乙](photos/head.jpg \"头像\")"));
        assertEquals(2, head.run().code(), head.run().err());
        assertTrue(head.run().err().contains("head-mix.txt:12:") && head.run().err().contains("head shot"),
                head.run().err());
        Run same = layOut(thinPage("same", "![甲](photos/land.jpg \"2x12\")\n\n![乙](photos/panorama.jpg \"2x12\")"));
        assertEquals(0, same.run().code(), same.run().err());
        assertEquals(2, same.photo("作者简介").get("columns"));
        assertEquals(24, same.photo("作者简介").get("lines"), "each photo its 12 lines");
    }

    @Test
    void aSizeWiderThanItsArticleIsAnError() throws IOException {
        Path issue = dir.resolve("narrow.txt");
        Files.writeString(issue, Files.readString(thinPage("narrow0", "![照片](photos/land.jpg \"3栏\")"))
                .replace("byline: 本报记者 李明", "byline: 本报记者 李明\nspan: 2"));
        Run r = layOut(issue);
        assertEquals(2, r.run().code(), r.run().err());
        assertTrue(r.run().err().contains("narrow.txt:13:") && r.run().err().contains("wider than its article"),
                r.run().err());
    }

    /** Every photo named in the issue is on the page or named in the overset lines; the count of those named. */
    static int placedOrNamed(Run r, int photos) throws IOException {
        int placed = PlacedImages.of(r.pdf()).boxes().size();
        Matcher m = Pattern.compile("(?:(\\d+) photos|photo) (photos/[^ ]+)").matcher(r.run().err());
        int named = 0;
        while (m.find()) {
            named += m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        }
        assertEquals(photos, placed + named, "every photo is on the page or named: " + r.run().err());
        return named;
    }

    @Test
    void fourPhotosAndATallOneAreKeptWithTheirCaptions() throws IOException {
        String four = "![一号](photos/land.jpg)\n\n![二号](photos/head.jpg)\n\n![三号](photos/panorama.jpg)\n\n"
                + "![四号](photos/tall.jpg)";
        Run r = layOut(thinPage("four", four));
        assertEquals(0, r.run().code(), r.run().err());
        assertEquals(0, placedOrNamed(r, 5));
        String text = PhotoPagesTest.text(r.pdf());
        for (String caption : new String[] {"一号", "二号", "三号", "四号", "新图书馆外景"}) {
            assertTrue(text.contains(caption), caption);
        }
        double[] tallest = r.printed("photos/tall.jpg");
        assertTrue(tallest[1] <= TYPE_AREA_MM / 2 + 0.5, "the 1:3 photo stays within half the type area: "
                + tallest[1] + " mm");
        Run tall = layOut(thinPage("tall", "![一比三](photos/tall.jpg \"1:3\")"), "--layout", "tabloid");
        assertEquals(0, tall.run().code(), tall.run().err());
        assertEquals(0, placedOrNamed(tall, 2));
        assertTrue(PhotoPagesTest.text(tall.pdf()).contains("一比三"));
    }

    @Test
    void aPhotoSizedPastThePageIsOversetAndNamedNeverDropped() throws IOException {
        // a 3:4 portrait eight columns wide is 470 mm tall: more than the type area under the masthead
        Run r = layOut(thinPage("huge", "![李明近照](photos/head.jpg \"8栏\")"), "--allow-overset");
        assertEquals(1, r.run().code(), r.run().err());
        assertEquals(2, placedOrNamed(r, 2), r.run().err());
        assertTrue(r.run().err().contains("photo photos/head.jpg with their captions did not fit"), r.run().err());
        // the piece after it found no room at all: overset whole, and its photo named with it
        assertTrue(r.run().err().matches("(?s).*the whole article \\(\\d+ characters\\) did not fit, from \"[^\"]*\"; "
                + "photo photos/land.jpg with their captions did not fit.*"), r.run().err());
    }
}
