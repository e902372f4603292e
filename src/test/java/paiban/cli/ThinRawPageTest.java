package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A raw page (text as printed, no markup) of three short pieces on a broadsheet, as a new user would try it: it is
 * laid out with exit 0, every headline is the piece's own (an author's line under a subtitle is no headline), no
 * module three or more columns wide stands in legs under six lines, and the page the copy cannot fill is named
 * underfull with the copy it misses.
 */
class ThinRawPageTest {

    @Test
    @SuppressWarnings("unchecked")
    void aThinRawPageIsLaidOutInModulesAnEditorWouldDrawAndNamedUnderfull(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CommandRun run = CommandRun.of("src/test/resources/pages/thin-raw.txt", "-o", dir.resolve("p.pdf").toString(),
                "--report", report.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("持续改善生态环境，推动绿色低碳发展 [") && run.err().contains("byline 国务院总理"),
                "the speech's headline and its author's line are found: " + run.err());
        assertTrue(run.err().matches("(?s).*第1版 underfull: [0-9.]+ % .*about [0-9]+ column-lines of copy are missing.*"),
                run.err());
        Map<String, Object> json = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(report));
        Map<String, Object> page = ((List<Map<String, Object>>) json.get("pages")).get(0);
        for (Map<String, Object> m : (List<Map<String, Object>>) page.get("modules")) {
            int longest = ((List<Map<String, Object>>) m.get("legs")).stream()
                    .mapToInt(l -> ((Number) l.get("lines")).intValue()).max().orElse(0);
            int columns = ((Number) m.get("bodyColumns")).intValue();
            assertTrue(columns < 3 || longest >= 6, m.get("article") + ": " + columns + " columns in legs of " + longest);
        }
    }
}
