package paiban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import paiban.message.Message;

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

    /** A file the run reads; {@code what} is its kind, {@code input.kind.WHAT} in the catalogue. */
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
    Message refusal(List<Input> inputs) throws IOException {
        Map<Path, Target> seen = new LinkedHashMap<>();
        Target stdout = null;
        for (Target t : targets) {
            if (t.stdout()) {
                if (stdout != null) {
                    return Message.of("output.two-stdout", stdout, t);
                }
                stdout = t;
                continue;
            }
            Message why = refusal(t);
            if (why != null) {
                return Message.at(t, why);
            }
            Path key = key(t.path());
            Target twin = seen.putIfAbsent(key, t);
            if (twin != null) {
                return Message.of("output.same-file", t, twin);
            }
            for (Input in : inputs) {
                if (key.equals(key(in.path())) || Files.exists(t.path()) && Files.exists(in.path())
                        && Files.isSameFile(t.path(), in.path())) {
                    return Message.at(t, Message.of("output.is-input", Message.of("input.kind." + in.what()), in.path()));
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

    private Message refusal(Target t) throws IOException {
        Path p = t.path().toAbsolutePath();
        if (Files.isSymbolicLink(p)) {
            return Message.of("output.symlink", Files.readSymbolicLink(p));
        }
        if (Files.isDirectory(p)) {
            return Message.of("output.folder");
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
            return Message.of("output.not-regular");
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
            return Message.of("output.not-writable");
        }
        return folderRefusal(parent(p));
    }

    private Message folderRefusal(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? null : Message.at(dir, Message.of("output.folder-not-writable"));
        }
        if (Files.exists(dir)) {
            return Message.at(dir, Message.of("output.folder-is-file"));
        }
        if (!makeable.contains(dir)) {
            return Message.at(dir, Message.of("output.folder-missing"));
        }
        Path up = dir;
        while (up != null && !Files.exists(up)) {
            up = up.getParent();
        }
        if (up == null || !Files.isDirectory(up) || !Files.isWritable(up)) {
            return Message.of(up == null ? "output.mkdir-no-parent" : Files.isDirectory(up) ? "output.mkdir-not-writable"
                    : "output.mkdir-not-folder", dir, up);
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
