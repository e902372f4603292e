package paiban.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Body paragraphs of the test corpus (official texts of Chinese state organs, in src/test/resources/corpus with
 * their sources in SOURCES.md there), read once.
 */
public final class Corpus {

    private static List<String> paragraphs;

    private Corpus() {
    }

    /** The corpus folder on the test class path (src/test/resources/corpus). */
    public static Path directory() {
        URL sources = Corpus.class.getResource("/corpus/SOURCES.md");
        if (sources == null) {
            throw new IllegalStateException("src/test/resources/corpus/SOURCES.md is not on the test class path");
        }
        try {
            return Path.of(sources.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
