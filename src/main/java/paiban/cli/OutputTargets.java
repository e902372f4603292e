package paiban.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import paiban.UserError;
import paiban.message.Message;

/**
 * Where the PDFs go, from the {@code -o} argument: one file for all pages, standard output ({@code -}), one file
 * per page through a {@code %d} pattern ({@link PagePattern}), or one file per page in a folder (an argument ending
 * in a slash, or an existing folder).
 */
record OutputTargets(String pattern, Path folder, Path file, boolean stdout) {

    /** The name that means standard output (and standard input for the issue). */
    static final String STANDARD = "-";

    static OutputTargets of(String output) {
        if (output.isBlank()) {
            throw new UserError(Message.of("cli.output-blank", output));
        }
        if (output.equals(STANDARD)) {
            return new OutputTargets(null, null, null, true);
        }
        if (PagePattern.numbers(output)) {
            path(output, PagePattern.expand(output, 1));
            return new OutputTargets(output, null, null, false);
        }
        Path p = path(output, PagePattern.expand(output, 0));
        if (output.endsWith("/") || Files.isDirectory(p)) {
            return new OutputTargets(null, p, null, false);
        }
        return new OutputTargets(null, null, p, false);
    }

    /** An output named on the command line: null for standard output ({@code -}), else {@link #path}. */
    static Path pathOrStdout(String option, String name) {
        return name.equals(STANDARD) ? null : path(option, name);
    }

    /** A path named on the command line, refused when it holds a line break or another control character. */
    static Path path(String option, String name) {
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new UserError(Message.at(option.replaceAll("\\p{Cntrl}", "?"), Message.of("cli.control-character")));
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError(Message.at(option, Message.of("cli.not-a-file-name", e.getReason())));
        }
    }

    boolean perPage() {
        return file == null && !stdout;
    }

    /** The one file of all pages; null when the pages go to standard output or one file each. */
    Path single() {
        return file;
    }

    Path pagePath(int page) {
        if (pattern != null) {
            return Path.of(PagePattern.expand(pattern, page));
        }
        return folder.resolve("page" + page + ".pdf");
    }
}
