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

/**
 * The reports a pipeline reads are what docs/report.schema.json promises, on every exit once the issue was read:
 * both samples (0), a run with overset and a --strict run with a character no font covers (1, no PDF), and a run
 * stopped by a mistake found after reading (2).
 */
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
        assertTrue(report.contains("\"crops\": [{\"file\": \"photos/suanli.jpg\", \"fileAspect\": 1.500, "),
                "the sample photo's real crop is reported: " + report);
    }

    @Test
    void theEightPageIssuesReportFollowsTheSchema() throws IOException {
        String report = report(0, "samples/corpus-issue/issue.txt");
        assertValid(report);
        assertTrue(report.contains("\"toPage\""), "the corpus issue's jumps are reported: " + report);
        assertTrue(report.contains("{\"code\": \"moved\", \"file\": \"samples/corpus-issue/issue.txt\", \"line\": "),
                "the articles the page maker moved on are reported: " + report);
    }

    @Test
    void anOversetRunsReportFollowsTheSchema() throws IOException {
        String report = report(1, SamplePageTest.SAMPLE.toString(), "--layout", "tabloid", "--allow-overset");
        assertValid(report);
        assertTrue(report.contains("\"overset\": [\n    {\"page\": 1"), "the overset is in the report: " + report);
    }

    @Test
    void anUnderfullPageIsAWarningOfItsKind() throws IOException {
        String report = report(0, "src/test/resources/pages/thin-three.txt");
        assertValid(report);
        assertTrue(report.contains("{\"code\": \"underfull\", \"file\": \"src/test/resources/pages/thin-three.txt\""),
                report);
    }

    /** Exit 1 writes no PDF, but the report: a pipeline needs it exactly then. */
    @Test
    void anOversetRunWithoutAPdfStillWritesItsReport() throws IOException {
        String report = report(1, SamplePageTest.SAMPLE.toString(), "--layout", "tabloid");
        assertValid(report);
        assertFalse(Files.exists(dir.resolve("out.pdf")), "no PDF without --allow-overset");
        assertTrue(report.contains("\"overset\": [\n    {\"page\": 1"), "the overset is in the report: " + report);
    }

    @Test
    void aStrictRunsReportNamesTheUncoveredCharacter() throws IOException {
        Path issue = dir.resolve("emoji.txt");
        Files.writeString(issue, "## 标题\n\n正文。\n\n大家笑😀了。\n");
        String report = report(1, issue.toString(), "--layout", "tabloid", "--strict");
        assertValid(report);
        assertTrue(report.contains("{\"codePoint\": 128512, \"character\": \"😀\", \"file\": \"" + issue
                + "\", \"line\": 5, \"article\": \"标题\"}"), report);
        assertTrue(report.contains("{\"code\": \"uncovered\", \"file\": \"" + issue + "\", \"line\": 5, \"message\": \"U+1F600"),
                report);
    }

    /** A mistake found after reading the issue (here a span wider than the page): the report holds it. */
    @Test
    void aRunStoppedAfterReadingTheIssueReportsItsError() throws IOException {
        Path issue = dir.resolve("wide.txt");
        Files.writeString(issue, "---\npaper: 测试报\n---\n\n# 第1版\n\n## 标题\nspan: 9\n\n正文。\n\n## 另一篇\n\n"
                + "有个\u200b零宽空格。\n");
        String report = report(2, issue.toString(), "--layout", "tabloid");
        assertValid(report);
        assertTrue(report.contains("\"error\": {\"file\": \"" + issue + "\", \"line\": 7, \"message\": \"'span: 9' is wider"),
                report);
        assertTrue(report.contains("\"title\": \"测试报\""), report);
        assertTrue(report.contains("{\"code\": \"invisible-removed\", \"file\": \"" + issue + "\", \"line\": 14,"),
                "the warnings printed before the error are kept: " + report);
    }

    /** Every kind of warning the engine names is one the schema allows, and the schema names no kind it lacks. */
    @Test
    void theSchemaListsEveryWarningCode() throws IOException {
        String schemaText = Files.readString(SCHEMA);
        int at = schemaText.indexOf("\"code\": {\"enum\": [");
        String list = schemaText.substring(schemaText.indexOf('[', at) + 1, schemaText.indexOf(']', at));
        List<String> codes = java.util.Arrays.stream(list.split(",")).map(c -> c.strip().replace("\"", "")).sorted()
                .toList();
        assertEquals(java.util.Arrays.stream(paiban.message.Warning.Code.values()).map(paiban.message.Warning.Code::key)
                .sorted().toList(), codes);
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
