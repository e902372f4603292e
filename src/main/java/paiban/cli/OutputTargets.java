package paiban.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where the PDFs go, from the {@code -o} argument: one file for all pages, one file per page through a {@code %d}
 * pattern, or one file per page in a folder (an argument ending in a slash, or an existing folder).
 */
record OutputTargets(String pattern, Path folder, Path file) {

    static OutputTargets of(String output) {
        if (output.contains("%d")) {
            return new OutputTargets(output, null, null);
        }
        Path p = Path.of(output);
        if (output.endsWith("/") || Files.isDirectory(p)) {
            return new OutputTargets(null, p, null);
        }
        return new OutputTargets(null, null, p);
    }

    boolean perPage() {
        return file == null;
    }

    Path single() {
        return file;
    }

    Path pagePath(int page) {
        if (pattern != null) {
            return Path.of(String.format(Locale.ROOT, pattern.replace("%d", "%1$d"), page));
        }
        return folder.resolve("page" + page + ".pdf");
    }

    /** Every folder a run will write into, to be checked before any work is done. */
    Set<Path> folders(Path... others) {
        Set<Path> out = new LinkedHashSet<>();
        out.add(parent(folder != null ? folder.resolve("x") : pattern != null ? pagePath(1) : file));
        for (Path o : others) {
            if (o != null) {
                out.add(parent(o));
            }
        }
        return out;
    }

    private static Path parent(Path p) {
        Path abs = p.toAbsolutePath();
        return abs.getParent() == null ? abs : abs.getParent();
    }
}
