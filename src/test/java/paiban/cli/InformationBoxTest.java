package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weather box as a desk makes it: a boxed one-column brief with a tint, a column head and short kept lines. It is
 * laid out with exit 0, and a reader of the PDF finds each kept line as a line of its own.
 */
class InformationBoxTest {
    private static final List<String> WEATHER = List.of("城关　晴　12～25℃", "东关　多云　11～24℃", "南山　小雨　9～18℃");

    @Test
    void aWeatherBoxKeepsItsLines(@TempDir Path dir) throws Exception {
        String issue = "---\npaper: 城关周报\nlayout: tabloid\ndate: 2025-06-06\n"
                + "permit: 晋内资准字（2023）第014号\n---\n"
                + "# 第1版 要闻\neditor: 王小明\n\n"
                + "## 县城新建三座口袋公园\ncolumn: 城建动态\n\n"
                + "今年以来，城关县利用城区闲置地块，新建三座口袋公园，方便群众就近休闲健身。".repeat(12) + "\n\n"
                + "## 今日天气\ncolumn: 天气\nbox: 底纹\nspan: 1\nhead: reverse\n\n"
                + String.join("\\\n", WEATHER) + "\n";
        Path source = dir.resolve("issue.txt");
        Files.writeString(source, issue);
        Path pdf = dir.resolve("page.pdf");
        CommandRun run = CommandRun.of(source.toString(), "-o", pdf.toString());
        assertEquals(0, run.code(), run.err());
        String text = PrintProductionTest.pdftotextOrNull(pdf);
        assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        List<String> lines = text.lines().map(String::strip).toList();
        for (String kept : WEATHER) {
            assertTrue(lines.contains(kept), "a line of its own: " + kept + "\n" + text);
        }
        assertTrue(text.contains("内部资料准印证：晋内资准字（2023）第014号"), text);
        assertTrue(text.contains("责任编辑：王小明"), "the front page prints its credits");
    }
}
