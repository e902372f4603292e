package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper keeps its issue and its own layout in one folder: {@code layout: house.yaml} in the front matter is found
 * beside the issue file, whatever the working directory, as the issue's photos are.
 */
class LayoutBesideIssueTest {

    @TempDir
    Path dir;

    @Test
    void aLayoutFileNamedInTheFrontMatterIsReadFromTheIssuesFolder() throws Exception {
        Path paper = Files.createDirectories(dir.resolve("paper"));
        String tabloid = Files.readString(Path.of("layouts/tabloid.yaml"), StandardCharsets.UTF_8);
        String house = tabloid.replace("name: tabloid", "name: house").replace("trim-width: 273mm", "trim-width: 260mm");
        assertTrue(house.contains("260mm"), "the test's layout must differ from the built-in one");
        Files.writeString(paper.resolve("house.yaml"), house, StandardCharsets.UTF_8);
        Path issue = paper.resolve("issue.txt");
        Files.writeString(issue, "---\npaper: 测试报\nlayout: house.yaml\n---\n# 第2版 要闻\n\n## 标题\n\n正文。\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("p.pdf");

        CommandRun run = CommandRun.of(issue.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            float trimMm = pdf.getPage(0).getTrimBox().getWidth() / 72f * 25.4f;
            assertEquals(260f, trimMm, 0.1f, "the page is the house layout's 260 mm, not the built-in tabloid's 273 mm");
        }
    }

    @Test
    void aMissingLayoutFileIsNamedAsTheFrontMatterWroteIt() throws Exception {
        Path issue = dir.resolve("issue.txt");
        Files.writeString(issue, "---\npaper: 测试报\nlayout: nosuch.yaml\n---\n## 标题\n\n正文。\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of(issue.toString(), "-o", dir.resolve("p.pdf").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("'layout: nosuch.yaml'"), run.err());
    }
}
