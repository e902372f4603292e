package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Copyfitting as the desk sees it (src/test/resources/pages/copyfit-*.txt): full pages a few body lines over, none
 * with a paragraph marked cuttable, the last page of an issue or one a later page follows, are fitted (exit 0, the
 * PDF written, nothing overset, moved or jumped) by the photo, headline air and headlines a step down, and the report
 * says how far over the page was and what was taken; a page 14 lines over is overset, exit 1, its lines named.
 */
class CopyfitPagesTest {

    @TempDir
    Path dir;

    private CommandRun run(String name) {
        return CommandRun.of("src/test/resources/pages/" + name, "-o", dir.resolve("out.pdf").toString(),
                "--report", dir.resolve("report.json").toString(), "--lang", "en");
    }

    private String report() throws Exception {
        return Files.readString(dir.resolve("report.json"));
    }

    /** The codes of the report's warnings, in order. */
    private static List<String> codes(String report) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\": \"([a-z-]+)\"").matcher(report);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"copyfit-3.txt, 2, 3", "copyfit-6.txt, 2, 6", "copyfit-10.txt, 2, 10", "copyfit-photo.txt, 1, 6",
        "copyfit-front.txt, 1, 6"})
    void aFullPageUpToTenLinesOverIsFittedWithoutCuttableParagraphs(String name, int page, int over) throws Exception {
        assertFalse(Files.readString(Path.of("src/test/resources/pages", name)).contains("cuttable:"), name);
        CommandRun r = run(name);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(dir.resolve("out.pdf")) > 0, "the PDF is written");
        String report = report();
        assertTrue(report.contains("\"overset\": []"), "nothing overset: " + report);
        assertTrue(r.err().contains("第" + page + "版 was " + over + " lines over and was fitted"), r.err());
        List<String> codes = codes(report);
        assertTrue(codes.contains("fitted"), codes.toString());
        assertTrue(codes.contains("fit-air") || codes.contains("fit-headline") || codes.contains("fit-photo"),
                "a measure is named: " + codes);
        assertFalse(codes.contains("cut") || codes.contains("moved"), "nothing cut or moved: " + codes);
        assertFalse(report.contains("\"jumps\": [{"), "nothing jumps: the text stays on its page");
        // every measure taken names its article on stderr too
        for (String line : r.err().lines().filter(l -> l.contains("to fit the page")).toList()) {
            assertTrue(line.matches(".*第" + page + "版 \".+\": .*"), line);
        }
    }

    @Test
    void aPageWithPhotosGivesThePhotoItsTightestAllowedShapeAndSaysSo() throws Exception {
        CommandRun r = run("copyfit-photo.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(codes(report()).contains("fit-photo"), r.err());
        assertTrue(r.err().contains("photo set "), r.err());
    }

    @Test
    void aHeadlineSteppedDownIsSmallerButNeverBelowTheBriefsSize() throws Exception {
        for (String name : List.of("copyfit-3.txt", "copyfit-6.txt", "copyfit-10.txt", "copyfit-photo.txt",
                "copyfit-front.txt")) {
            CommandRun r = run(name);
            Matcher m = Pattern.compile("headline set a step down the ladder to fit the page \\(([0-9.]+) pt instead of "
                    + "([0-9.]+) pt\\)").matcher(r.err());
            assertTrue(m.find(), name + ": " + r.err());
            do {
                float now = Float.parseFloat(m.group(1));
                float was = Float.parseFloat(m.group(2));
                assertTrue(now < was && now >= 14, "a step down, to the briefs' 四号 at most: " + m.group());
            } while (m.find());
        }
    }

    @Test
    void aPageFourteenLinesOverIsOversetWithItsLinesNamedAndNothingTaken() throws Exception {
        CommandRun r = run("copyfit-14.txt");
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("out.pdf")), "nothing written");
        assertTrue(r.err().contains("第2版 is 14 lines over: copyfitting absorbs at most 10 lines"), r.err());
        assertTrue(r.err().matches("(?s).*overset: .*第2版 \".+\": \\d+ characters \\(14 lines\\) did not fit, from \".+"),
                r.err());
        List<String> codes = codes(report());
        assertTrue(codes.contains("fit-failed"), codes.toString());
        assertFalse(codes.contains("fitted") || codes.contains("fit-air") || codes.contains("fit-headline"),
                "nothing taken from a page that still does not fit: " + codes);
    }
}
