package paiban.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Body paragraphs of the shared corpus (government reports and news), read once. */
final class Corpus {

    private static List<String> paragraphs;

    private Corpus() {
    }

    /** The corpus lives in shared/ next to the repository; worktrees elsewhere fall back to /work/shared. */
    static Path directory() {
        Path relative = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/corpus");
    }

    static synchronized List<String> paragraphs() {
        if (paragraphs == null) {
            List<String> found = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String p = line.strip();
                        // skip headline metadata such as "kicker: …" and very short lines
                        if (p.length() >= 8 && !p.matches("^[a-z]+: .*")) {
                            found.add(p);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            paragraphs = List.copyOf(found);
        }
        return paragraphs;
    }
}
