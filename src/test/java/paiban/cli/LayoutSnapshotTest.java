package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout of every sample and test page, held as a reviewed golden file in src/test/resources/snapshots: the
 * report's modules in grid units (column, line, span, lines, headline block, legs, photo slot), jumps, overset and
 * body size, without what changes when nothing moved (source lines, warnings). A change that moves a module fails
 * here with the lines that differ; when the move is meant, run
 * {@code mvn test -Dtest=LayoutSnapshotTest -Dpaiban.updateSnapshots=true} and commit the snapshots with the
 * change, so the reviewer sees in the diff what the change did to the pages.
 */
class LayoutSnapshotTest {

    static final String UPDATE = "paiban.updateSnapshots";
    static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    @TempDir
    Path dir;

    /** The two samples, the seed page and every test page in src/test/resources/reading. */
    static Stream<Path> issues() throws IOException {
        List<Path> all = new ArrayList<>(List.of(Path.of("samples/kxdb-2025-05-16/issue.txt"),
                Path.of("samples/corpus-issue/issue.txt"), Path.of("src/test/resources/seed/kxdb-2025-05-16-page1.txt")));
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/reading"))) {
            pages.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("issues")
    void modulesStandWhereTheSnapshotSays(Path source) throws IOException {
        Path report = dir.resolve("report.json");
        CommandRun r = CommandRun.of(source.toString(), "-o", dir + "/", "--report", report.toString(),
                "--allow-overset");
        assertEquals(0, r.code(), r.err());
        String now = LayoutSnapshot.of(Files.readString(report, StandardCharsets.UTF_8));
        Path golden = SNAPSHOTS.resolve(name(source));
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(golden, now, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            fail("no layout snapshot " + golden + " for " + source + "; make it with -D" + UPDATE + "=true");
        }
        String was = Files.readString(golden, StandardCharsets.UTF_8);
        if (!was.equals(now)) {
            fail("the layout of " + source + " moved (- snapshot " + golden + ", + now). If the move is meant, "
                    + "run mvn test -Dtest=LayoutSnapshotTest -D" + UPDATE + "=true and commit the snapshot.\n"
                    + LineDiff.of(was, now));
        }
    }

    /** samples/corpus-issue/issue.txt → corpus-issue.json; src/test/resources/reading/briefs.txt → reading-briefs.json. */
    static String name(Path source) {
        String file = source.getFileName().toString().replaceFirst("\\.txt$", "");
        String folder = source.getParent().getFileName().toString();
        return (file.equals("issue") ? folder : folder + "-" + file) + ".json";
    }
}
