package paiban.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * The issue's bytes, read once: from a file, from standard input ({@code -}), or from a FIFO or {@code /dev/stdin},
 * which can be read only once and have no size. A source larger than {@link #MAX_BYTES} is refused rather than
 * read into memory ({@code /dev/zero} never ends).
 */
final class IssueInput {

    /** Sixty-four times the largest issue a paper prints; a file this large is not an issue. */
    static final int MAX_BYTES = 64 << 20;

    /** The name messages give an issue read from standard input; photos are then found from the working folder. */
    static final Path STDIN = Path.of("<stdin>");

    private IssueInput() {
    }

    /** Whether the issue is read from standard input ({@code -}). */
    static boolean isStdin(Path given) {
        return given.toString().equals(OutputTargets.STANDARD);
    }

    /** The name the issue is known by in messages and {@code Issue.source()}. */
    static Path name(Path given) {
        return isStdin(given) ? STDIN : given;
    }

    /** Why {@code file} cannot be read as an issue, or null; standard input always can. */
    static Message refusal(Path file) {
        if (isStdin(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return Message.at(file, Message.of("input.folder"));
        }
        if (!Files.exists(file)) {
            return Message.at(file, Message.of("file.no-such"));
        }
        if (!Files.isReadable(file)) {
            return Message.at(file, Message.of("file.no-permission"));
        }
        return null;
    }

    static byte[] read(Path file, InputStream stdin) throws IOException {
        if (isStdin(file)) {
            return bounded(stdin, STDIN);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in, file);
        }
    }

    private static byte[] bounded(InputStream in, Path name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UnusableFile(Message.at(name, Message.of("input.too-large", MAX_BYTES >> 20)));
        }
        return bytes;
    }
}
