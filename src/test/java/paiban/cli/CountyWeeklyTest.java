package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third sample, a county weekly (四开, four pages) that uses every piece of newsroom furniture: boxes, 反白 heads,
 * column heads, a guide, vertical heads, kept lines, a fixed module, credits and the permit, information boxes. It is
 * laid out by the README's command with exit 0, nothing moved or overset, every page full, the guide naming the
 * page each listed article stands on, and the pages that say {@code colour: false} in black alone.
 */
class CountyWeeklyTest {
    static final Path SAMPLE = Path.of("samples/county-weekly/issue.txt");
    static final String COMMAND = "./layout samples/county-weekly/issue.txt -o county.pdf --report county.json";

    @TempDir
    static Path dir;
    static CommandRun run;
    /** The report's pages: page number → that page's part of the report text. */
    static Map<Integer, String> pages = new LinkedHashMap<>();
    static String report;
    static Path pdf;

    @BeforeAll
    static void layOut() throws Exception {
        pdf = dir.resolve("county.pdf");
        run = CommandRun.of(SAMPLE.toString(), "-o", pdf.toString(), "--report", dir.resolve("county.json").toString());
        report = Files.readString(dir.resolve("county.json"));
        String[] parts = report.substring(0, report.indexOf("\"overset\"")).split("\\{\"page\": ");
        for (int i = 1; i < parts.length; i++) {
            pages.put(Integer.parseInt(parts[i].substring(0, parts[i].indexOf(','))), parts[i]);
        }
    }

    @Test
    void theReadmeCommandLaysItOutWithNothingMovedOrOverset() throws Exception {
        assertTrue(Files.readString(Path.of("README.md")).contains(COMMAND), "README.md lists the sample's command");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("moved"), run.err());
        assertFalse(run.err().contains("underfull"), run.err());
        assertTrue(report.contains("\"overset\": []"), report);
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(pages.keySet()));
    }

    @Test
    void everyPageIsFull() {
        for (Map.Entry<Integer, String> page : pages.entrySet()) {
            Matcher holes = Pattern.compile("\"holePercent\": ([0-9.]+)").matcher(page.getValue());
            assertTrue(holes.find(), page.getValue());
            assertTrue(Double.parseDouble(holes.group(1)) <= 3.0, "page " + page.getKey() + ": " + holes.group(1) + " % holes");
        }
    }

    @Test
    void theGuideNamesThePageEachListedArticleStandsOn() throws Exception {
        Map<String, Integer> standsOn = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> page : pages.entrySet()) {
            Matcher m = Pattern.compile("\\{\"article\": \"([^\"]+)\"").matcher(page.getValue());
            while (m.find()) {
                standsOn.putIfAbsent(m.group(1), page.getKey());
            }
        }
        String front;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            front = stripper.getText(doc).replaceAll("\\s", "");
        }
        List<String> listed = List.of("南山镇建成首个“一站式”便民服务中心", "一颗小米串起一条产业链", "老街记忆", "读《县志》札记");
        assertTrue(front.contains("本期导读"), front);
        List<Integer> pages = new ArrayList<>();
        for (String headline : listed) {
            Integer page = standsOn.get(headline);
            pages.add(page);
            assertTrue(page != null && page > 1, headline + " stands on a later page");
            assertTrue(front.contains("◆" + headline + "第" + page + "版"), headline + " 第" + page + "版: " + front);
        }
        assertEquals(List.of(2, 3, 4, 4), pages, "each where the desk wrote it");
    }

    @Test
    void theFixedModuleStandsWhereTheDeskPutIt() {
        Matcher notice = Pattern.compile("\\{\"article\": \"征稿启事\", \"source\": \"[^\"]+\", \"column\": ([0-9]+), "
                + "\"line\": ([0-9]+), \"columns\": ([0-9]+), \"bodyColumns\": [0-9]+, \"lines\": ([0-9]+)")
                .matcher(pages.get(4));
        assertTrue(notice.find(), "征稿启事 is on page 4: " + pages.get(4));
        assertEquals(List.of("4", "56", "2", "14"), List.of(notice.group(1), notice.group(2), notice.group(3),
                notice.group(4)));
    }

    @Test
    void pagesThatSayColourFalseCarryNoCyanMagentaOrYellow() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(chromatic(doc, 0) > 0, "the front page keeps the masthead colour");
            for (int i = 1; i < 4; i++) {
                assertEquals(0, chromatic(doc, i), "page " + (i + 1) + " is in black alone");
            }
        }
    }

    @Test
    void keptLinesStandFlushLeftFromTheFirst() throws Exception {
        // the weather box says lines: kept; its first line takes no paragraph indent, so the places line up
        Map<String, Float> starts = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (String place : List.of("城关　晴", "东关　晴", "南山　多云", "风力　西北风")) {
                        if (text.strip().startsWith(place) && !positions.isEmpty()) {
                            starts.putIfAbsent(place, positions.get(0).getXDirAdj());
                        }
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        assertEquals(4, starts.size(), starts.toString());
        float first = starts.get("城关　晴");
        for (float x : starts.values()) {
            assertEquals(first, x, 0.5f, starts.toString());
        }
    }

    /** How many CMYK colour settings ({@code k}, {@code K}) on the page's content stream carry C, M or Y. */
    private static int chromatic(PDDocument doc, int index) throws Exception {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(index));
        List<Object> tokens = parser.parse();
        int n = 0;
        for (int t = 4; t < tokens.size(); t++) {
            if (tokens.get(t) instanceof Operator op && (op.getName().equals("k") || op.getName().equals("K"))) {
                for (int c = t - 4; c < t - 1; c++) {
                    if (tokens.get(c) instanceof COSNumber num && num.floatValue() > 0) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }
}
