package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole article an earlier page passed on (here a one-column weather box the front page could not hold) must not
 * push a full page's own articles out one after another: page 2 of this issue once moved seven of its eight
 * articles on for the box and stood a third empty. The page now moves the arrival on instead when that leaves it
 * fuller.
 */
class ArrivalEvictionTest {

    @Test
    void anArrivalDoesNotEmptyAFullPage(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("issue.txt");
        Files.copy(Path.of("src/test/resources/flow/arrival-pushes-out.txt"), source);
        Files.copy(Path.of("samples/county-weekly/county.yaml"), dir.resolve("county.yaml"));
        Files.createDirectories(dir.resolve("photos"));
        for (String photo : new String[] {"yuyang.jpg", "xiaomi.jpg"}) {
            Files.copy(Path.of("samples/county-weekly/photos", photo), dir.resolve("photos").resolve(photo));
        }
        Path report = dir.resolve("report.json");
        CommandRun run = CommandRun.of(source.toString(), "-o", dir.resolve("out.pdf").toString(), "--report",
                report.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("\"今日天气\" moved from 第1版"), run.err());
        Matcher fromPage2 = Pattern.compile("moved from 第2版").matcher(run.err());
        int moved = 0;
        while (fromPage2.find()) {
            moved++;
        }
        assertTrue(moved <= 4, "page 2 keeps its own articles (it moved " + moved + "):\n" + run.err());
        String json = Files.readString(report);
        Matcher page2 = Pattern.compile("\\{\"page\": 2, [^\\[]*\"holePercent\": ([0-9.]+)").matcher(json);
        assertTrue(page2.find(), json);
        assertTrue(Double.parseDouble(page2.group(1)) <= 3.0, "page 2 stands full: " + page2.group(1) + " % holes");
        assertTrue(json.contains("\"overset\": []"), "nothing overset: " + run.err());
    }
}
