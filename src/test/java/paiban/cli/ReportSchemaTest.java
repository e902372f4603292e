package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports a pipeline reads are what docs/report.schema.json promises: both samples, and a run with overset. */
class ReportSchemaTest {

    static final Path SCHEMA = Path.of("docs/report.schema.json");
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    @Test
    void theSamplePagesReportFollowsTheSchema() throws IOException {
        String report = report(0, SamplePageTest.SAMPLE.toString());
        assertValid(report);
        assertTrue(report.contains("\"schemaVersion\": 1"), report);
        assertTrue(report.contains("\"photo\": {"), "the sample's photo is reported: " + report);
    }

    @Test
    void theEightPageIssuesReportFollowsTheSchema() throws IOException {
        String report = report(0, "samples/corpus-issue/issue.txt");
        assertValid(report);
        assertTrue(report.contains("\"toPage\""), "the corpus issue's jumps are reported: " + report);
    }

    @Test
    void anOversetRunsReportFollowsTheSchema() throws IOException {
        String report = report(1, SamplePageTest.SAMPLE.toString(), "--layout", "tabloid", "--allow-overset");
        assertValid(report);
        assertTrue(report.contains("\"overset\": [\n    {\"page\": 1"), "the overset is in the report: " + report);
    }

    /** The schema is strict enough to catch a report without its version or with a field it does not know. */
    @Test
    void theSchemaRefusesAReportItDoesNotDescribe() throws IOException {
        String report = report(0, SamplePageTest.SAMPLE.toString());
        assertFalse(errors(report.replace("\"schemaVersion\": 1,", "")).isEmpty());
        assertFalse(errors(report.replace("\"bodyTop\"", "\"bodyTopLine\"")).isEmpty());
        assertFalse(errors(report.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")).isEmpty());
    }

    private String report(int exitCode, String... args) throws IOException {
        Path json = dir.resolve("report.json");
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-o";
        all[args.length + 1] = dir.resolve("out.pdf").toString();
        all[args.length + 2] = "--report";
        all[args.length + 3] = json.toString();
        CommandRun r = CommandRun.of(all);
        assertEquals(exitCode, r.code(), r.err());
        return Files.readString(json);
    }

    private static List<String> errors(String report) {
        return schema.validate(report, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private static void assertValid(String report) {
        assertEquals(List.of(), errors(report), "the report does not follow " + SCHEMA);
    }
}
