package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README stays short, its tutorial works as written, and no link in it or in docs/ points nowhere. */
class ReadmeTest {

    static final Path README = Path.of("README.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @TempDir
    Path dir;

    @Test
    void theReadmeIsShortAndStartsWithTheTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        assertTrue(lines.size() <= 150, "README.md has " + lines.size() + " lines; keep it at most 150");
        String text = String.join("\n", lines);
        assertTrue(text.contains("```\n./layout samples/kxdb-2025-05-16/issue.txt -o page1.pdf --preview page1.png\n"
                + "mvn test\n```"), "the two commands open the README");
    }

    /** The five-minute tutorial's issue file, copied out of the README, makes its page with its photo, cleanly. */
    @Test
    void theTutorialsIssueMakesAPageWithItsPhoto() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("cat > mypaper/issue.txt <<'TXT'\n(.*?)\nTXT\n", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the tutorial writes mypaper/issue.txt with a here-document");
        Path issue = dir.resolve("mypaper/issue.txt");
        Files.createDirectories(issue.resolveSibling("photos"));
        Files.writeString(issue, m.group(1) + "\n");
        assertTrue(readme.contains("cp samples/kxdb-2025-05-16/photos/suanli.jpg mypaper/photos/site.jpg"));
        Files.copy(Path.of("samples/kxdb-2025-05-16/photos/suanli.jpg"), issue.resolveSibling("photos/site.jpg"));

        Path pdf = dir.resolve("mypaper/page1.pdf");
        CommandRun r = CommandRun.of(issue.toString(), "--layout", "tabloid", "-o", pdf.toString(),
                "--preview", dir.resolve("mypaper/page1.png").toString(), "--report", dir.resolve("r.json").toString());
        assertEquals(0, r.code(), r.err());
        // One short article leaves the page thin: the one warning says so and how much copy is missing.
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning")).toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).contains("第1版 underfull") && warnings.get(0).contains("characters"), r.err());
        assertTrue(Files.readString(dir.resolve("r.json")).contains("\"photo\": {"), "the photo is on the page");
        assertTrue(Files.size(dir.resolve("mypaper/page1.png")) > 0);
    }

    /** The package table names every package of the engine, so a newcomer finds each stage. */
    @Test
    void thePackageTableListsEveryPackage() throws IOException {
        String readme = Files.readString(README);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/paiban"))) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = "paiban." + d.getFileName();
                if (!readme.contains("`" + name + "`")) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "README's package table lacks " + missing);
    }

    @Test
    void everyRelativeLinkPointsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            // examples of the issue format's photo syntax in code are not links
            String prose = Files.readString(page).replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
            Matcher m = LINK.matcher(prose);
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*", "");
                if (target.isEmpty() || target.contains("://")) {
                    continue;
                }
                if (!Files.exists(page.resolveSibling(target))) {
                    broken.add(page + " → " + m.group(1));
                }
            }
        }
        assertTrue(pages.size() > 8, "docs: " + pages);
        assertEquals(List.of(), broken, "links to files that do not exist");
    }
}
