package paiban.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own temporary files ({@code .NAME.pPID-RANDOM.part}, written by {@link paiban.render.AtomicFile}) that a run
 * killed mid-write left beside its output. Before a file is written, its leftovers are removed, except those of a
 * run that is still alive (another process writing the same name right now). Parts in the older form without a
 * process id ({@code .NAMEDIGITS.part}) are removed too.
 */
final class StaleParts {

    private static final Pattern MIDDLE = Pattern.compile("\\.p([0-9]{1,10})-[0-9]+|[0-9]+");

    private StaleParts() {
    }

    /** Removes the stale part files of {@code target}; returns how many. */
    static int clean(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String prefix = "." + abs.getFileName();
        int removed = 0;
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isOurs(p, prefix))) {
            for (Path part : parts) {
                if (Files.isRegularFile(part) && !alive(part, prefix) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // a leftover we cannot remove costs only space; the write itself reports real trouble
        }
        return removed;
    }

    private static boolean isOurs(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(".part") && name.length() > prefix.length() + 5
                && MIDDLE.matcher(name.substring(prefix.length(), name.length() - 5)).matches();
    }

    private static boolean alive(Path part, String prefix) {
        String name = part.getFileName().toString();
        Matcher m = MIDDLE.matcher(name.substring(prefix.length(), name.length() - 5));
        if (!m.matches() || m.group(1) == null) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
