package paiban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a folder holds, file by file (content digests, link targets), to tell which files a run changed. */
record FileTree(Map<String, String> entries) {

    static FileTree of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, digest(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, "folder");
                } else {
                    out.put(key, "special");
                }
            }
        }
        return new FileTree(out);
    }

    /** The entries added, removed or changed since {@code before}. */
    Set<String> changedSince(FileTree before) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!e.getValue().equals(before.entries.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        for (String k : before.entries.keySet()) {
            if (!entries.containsKey(k)) {
                changed.add(k);
            }
        }
        return changed;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
