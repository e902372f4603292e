package paiban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file a run will write, each with the option that named it, checked before any work begins: each is a
 * regular file or absent (never a device, a FIFO or a symbolic link whose target would be replaced silently), in a
 * folder that exists and may be written (pattern folders such as {@code out%d/} are made when missing), distinct from
 * every input (the issue, the layout, the photos) and from every other output.
 */
final class OutputPaths {

    /** One output: {@code path} is null for standard output. */
    record Target(String option, Path path) {
        boolean stdout() {
            return path == null;
        }

        @Override
        public String toString() {
            return path == null ? option + " -" : option + " " + path;
        }
    }

    /** A file the run reads. */
    record Input(String what, Path path) {
    }

    private final List<Target> targets = new ArrayList<>();
    /** Folders a pattern names that may be made before writing. */
    private final List<Path> makeable = new ArrayList<>();

    /** Adds an output; {@code path} null for standard output. */
    Target add(String option, Path path) {
        Target t = new Target(option, path);
        targets.add(t);
        return t;
    }

    /** A per-page output whose folder may come from the pattern, and then may be made. */
    Target addPage(String option, Path path, boolean folderFromPattern) {
        if (folderFromPattern) {
            makeable.add(parent(path));
        }
        return add(option, path);
    }

    /** Why these outputs must not be written, or null when every one may be. */
    String refusal(List<Input> inputs) throws IOException {
        Map<Path, Target> seen = new LinkedHashMap<>();
        Target stdout = null;
        for (Target t : targets) {
            if (t.stdout()) {
                if (stdout != null) {
                    return stdout + " and " + t + ": only one output can go to standard output";
                }
                stdout = t;
                continue;
            }
            String why = refusal(t);
            if (why != null) {
                return t + ": " + why;
            }
            Path key = key(t.path());
            Target twin = seen.putIfAbsent(key, t);
            if (twin != null) {
                return t + " and " + twin + " are the same file: give each output its own name";
            }
            for (Input in : inputs) {
                if (key.equals(key(in.path())) || Files.exists(t.path()) && Files.exists(in.path())
                        && Files.isSameFile(t.path(), in.path())) {
                    return t + ": is the " + in.what() + " " + in.path() + ", an input of this run;"
                            + " it would be overwritten";
                }
            }
        }
        return null;
    }

    /** Makes the missing folders a page pattern names; run only once the run has something to write. */
    void makeFolders() throws IOException {
        for (Path dir : makeable) {
            Files.createDirectories(dir);
        }
    }

    private String refusal(Target t) throws IOException {
        Path p = t.path().toAbsolutePath();
        if (Files.isSymbolicLink(p)) {
            return "is a symbolic link (to " + Files.readSymbolicLink(p) + "); give the file itself"
                    + " (write - for standard output)";
        }
        if (Files.isDirectory(p)) {
            return "is a folder; give a file name";
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
            return "is not a regular file (a device, a FIFO or a socket); the run writes only regular files"
                    + " (write - for standard output)";
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
            return "exists and is not writable";
        }
        return folderRefusal(parent(p));
    }

    private String folderRefusal(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? null : dir + ": cannot write here (the folder is not writable)";
        }
        if (Files.exists(dir)) {
            return dir + ": cannot write here (it is a file, not a folder)";
        }
        if (!makeable.contains(dir)) {
            return dir + ": cannot write here (the folder does not exist)";
        }
        Path up = dir;
        while (up != null && !Files.exists(up)) {
            up = up.getParent();
        }
        if (up == null || !Files.isDirectory(up) || !Files.isWritable(up)) {
            return "cannot make the folder " + dir + ": " + (up == null ? "no existing parent"
                    : up + (Files.isDirectory(up) ? " is not writable" : " is not a folder"));
        }
        return null;
    }

    /** The path as the file system will see it: the real folder (links resolved) and the name. */
    static Path key(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Path real = dir;
        while (real != null && !Files.exists(real)) {
            real = real.getParent();
        }
        if (real == null || dir == null) {
            return abs;
        }
        return real.toRealPath().resolve(real.relativize(dir)).resolve(abs.getFileName());
    }

    private static Path parent(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }
}
