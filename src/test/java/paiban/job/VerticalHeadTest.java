package paiban.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.compose.Module;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.galley.ArticleGalley;
import paiban.galley.VerticalHead;
import paiban.model.Article;
import paiban.model.Paragraph;
import paiban.page.Mark;
import paiban.page.Tag;
import paiban.page.TextMark;
import paiban.page.VerticalTextMark;
import paiban.parse.IssueParser;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;
import paiban.text.VerticalGlyph;

/**
 * A page with a one-column and a two-column piece whose heads are set top to bottom (head: vertical): each head stands
 * in a strip right of its text and inside its module, in vertical punctuation forms, with 25 across one em (纵中横)
 * and 2025 turned; the module is as tall as its head, the body stays on the page's grid, and an extractor reads every
 * character of the heads, each vertical line whole and in order.
 */
class VerticalHeadTest {

    private static final Path PAGE = Path.of("src/test/resources/pages/vertical-heads.txt");

    private static LayoutSpec spec;
    private static LayoutJob job;
    private static LayoutReport report;
    private static PageLayout page;
    private static PageGeometry grid;

    @BeforeAll
    static void layOut() throws Exception {
        spec = LayoutLoader.resolve("tabloid", List.of(Path.of("layouts")));
        grid = spec.geometry();
        job = new LayoutJob(spec, FontLibrary.standard(Path.of("fonts")), PdfFontResource::build);
        report = job.run(new IssueParser().parse(Files.readString(PAGE), PAGE));
        page = report.pages().get(0);
    }

    /** The modules whose article has a vertical head, by span. */
    private static Map<Integer, Module> verticalModules() {
        Map<Integer, Module> out = new HashMap<>();
        for (Module m : page.plan().modules()) {
            if (page.galleys().get(m.article()).head().vertical() != null && m.lines() > 0) {
                out.put(m.span(), m);
            }
        }
        return out;
    }

    private static List<VerticalTextMark> head(Module m) {
        List<VerticalTextMark> out = new ArrayList<>();
        for (Mark mk : page.drawing().marks()) {
            if (mk instanceof VerticalTextMark v && v.tag().article() == m.article()) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<TextMark> body(Module m) {
        List<TextMark> out = new ArrayList<>();
        for (Mark mk : page.drawing().marks()) {
            if (mk instanceof TextMark t && t.tag().article() == m.article() && t.tag().kind() == Tag.Kind.PARAGRAPH) {
                out.add(t);
            }
        }
        return out;
    }

    private static VerticalGlyph glyph(List<VerticalTextMark> head, String text) {
        for (VerticalTextMark v : head) {
            for (VerticalGlyph g : v.line().glyphs()) {
                if (g.glyph().text().equals(text)) {
                    return g;
                }
            }
        }
        throw new AssertionError("no glyph for " + text);
    }

    @Test
    void aOneAndATwoColumnPieceEachHaveTheirHeadInAStripRightOfTheirText() {
        Map<Integer, Module> modules = verticalModules();
        assertEquals(List.of(1, 2), modules.keySet().stream().sorted().toList(), "the page sets both pieces");
        for (Module m : modules.values()) {
            float bodyRight = 0;
            for (TextMark t : body(m)) {
                bodyRight = Math.max(bodyRight, t.x() + t.line().measure());
            }
            float moduleRight = grid.marginLeft() + (m.col()) * (grid.columnWidth() + grid.gutter())
                    + grid.spanWidth(m.span());
            List<VerticalTextMark> head = head(m);
            assertFalse(head.isEmpty());
            for (VerticalTextMark v : head) {
                float left = v.x() - v.line().size() / 2f;
                float right = v.x() + v.line().size() / 2f;
                assertTrue(left >= bodyRight + grid.gutter() - 0.01f, "a gutter between text and head: " + left
                        + " vs " + bodyRight);
                assertTrue(right <= moduleRight + 0.01f, "the head stays in its module");
            }
            // read right to left: the first line (kicker or headline) stands rightmost
            for (int i = 1; i < head.size(); i++) {
                assertTrue(head.get(i).x() < head.get(i - 1).x(), "line " + i + " stands left of the one before");
            }
        }
    }

    @Test
    void theModuleCoversTheHeadWhichIsAWholeNumberOfBodyLinesLong() {
        for (Module m : verticalModules().values()) {
            VerticalHead vh = page.galleys().get(m.article()).head().vertical();
            assertTrue(m.lines() >= vh.gridLines(), "the module is as tall as its head");
            float top = grid.marginTop() + m.line() * grid.linePitch();
            float foot = top + vh.gridLines() * grid.linePitch() - (grid.linePitch() - grid.bodySize());
            float reach = 0;
            for (VerticalTextMark v : head(m)) {
                assertTrue(v.top() >= top - 0.01f, "the head hangs from the module's first line");
                reach = Math.max(reach, v.top() + v.line().length());
            }
            assertEquals(foot, reach, 0.05f, "the longest line ends on the em box of the head's last line");
        }
    }

    @Test
    void punctuationStandsInItsVerticalFormsAndNumbersAcrossOrTurned() {
        Map<Integer, Module> modules = verticalModules();
        List<VerticalTextMark> one = head(modules.get(1));
        List<VerticalTextMark> two = head(modules.get(2));
        for (String mark : List.of("、")) {
            VerticalGlyph g = glyph(one, mark);
            assertEquals(vert(g, mark), g.glyph().glyphId(), "Noto's vert form of " + mark);
            assertNotEquals(g.glyph().face().glyphId(mark.codePointAt(0)), g.glyph().glyphId(), mark);
        }
        for (String mark : List.of("《", "》", "：")) {
            VerticalGlyph g = glyph(two, mark);
            assertEquals(vert(g, mark), g.glyph().glyphId(), "Noto's vert form of " + mark);
            assertNotEquals(g.glyph().face().glyphId(mark.codePointAt(0)), g.glyph().glyphId(), mark);
        }
        // 5月25日: the 25 stands across one em cell, upright
        VerticalTextMark date = one.stream().filter(v -> v.line().text().contains("25日")).findFirst().orElseThrow();
        List<VerticalGlyph> glyphs = date.line().glyphs();
        int at = date.line().text().replaceAll("\\s", "").indexOf("25日");
        VerticalGlyph two5 = glyphs.get(at);
        VerticalGlyph five = glyphs.get(at + 1);
        assertEquals("2", two5.glyph().text());
        assertEquals(two5.cell(), five.cell(), "one em cell");
        assertEquals(two5.y(), five.y(), 0.01f, "side by side");
        assertFalse(two5.turned() || five.turned());
        // 2025 and 12000 turned clockwise
        VerticalTextMark year = two.stream().filter(v -> v.line().text().contains("2025")).findFirst().orElseThrow();
        assertTrue(year.line().glyphs().subList(0, 4).stream().allMatch(VerticalGlyph::turned), "2025 is turned");
    }

    @Test
    void theBodyStaysOnThePageGrid() {
        List<Float> baselines = new ArrayList<>();
        for (Mark mk : page.drawing().marks()) {
            if (mk instanceof TextMark t && t.tag().kind() == Tag.Kind.PARAGRAPH) {
                baselines.add(t.baseline());
            }
        }
        float first = baselines.get(0);
        for (float b : baselines) {
            float lines = (b - first) / grid.linePitch();
            assertEquals(Math.round(lines), lines, 0.001f, "a body line off the grid at " + b);
        }
        for (Module m : verticalModules().values()) {
            ArticleGalley g = page.galleys().get(m.article());
            float share = g.head().vertical().share();
            assertEquals(grid.columnWidth() - share, g.body().get(0).measure(), 0.01f, "the body gives the strip its share");
            assertEquals(0, share % grid.bodySize(), 0.01f, "in whole characters");
        }
    }

    @Test
    void anExtractorReadsEveryCharacterOfTheHeadsEachLineInOrder(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("page.pdf");
        Files.write(pdf, job.pdf(report));
        String text = pdftotext(pdf);
        assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        for (Module m : verticalModules().values()) {
            for (VerticalTextMark v : head(m)) {
                assertTrue(text.contains(v.line().text().strip()), "read whole: " + v.line().text() + "\n" + text);
            }
            Article a = page.galleys().get(m.article()).article();
            String source = String.join("", a.headline()) + (a.kicker() == null ? "" : a.kicker())
                    + (a.subtitle() == null ? "" : a.subtitle());
            for (paiban.model.Block b : a.body()) {
                source += b instanceof Paragraph p ? p.text() : "";
            }
            Map<Integer, Integer> missing = new HashMap<>();
            source.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
                    .forEach(cp -> missing.merge(cp, 1, Integer::sum));
            text.codePoints().forEach(cp -> missing.computeIfPresent(cp, (k, n) -> n > 1 ? n - 1 : null));
            assertTrue(missing.isEmpty(), "characters not in the PDF's text: " + missing);
        }
    }

    /** The glyph the face's GSUB vert feature gives the character (from its Chinese locl form). */
    private static int vert(VerticalGlyph g, String mark) {
        paiban.font.Face f = g.glyph().face();
        return f.substitute(f.substitute(f.glyphId(mark.codePointAt(0)), "locl"), "vert");
    }

    /** {@code pdftotext -raw}: the text in the order it is written, which is reading order; null without poppler. */
    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-raw", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String(out, StandardCharsets.UTF_8);
    }
}
