package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import paiban.UserError;
import paiban.message.Language;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * What a failed run tells the user, and the status it exits with. The user's mistake — a {@link UserError}, a file
 * that cannot be read or written, a path the system refuses — is one line naming what to fix (exit 2). Anything
 * else is the engine's own fault: one line asking for a report (exit 3), and the stack trace only with the debug
 * switch ({@code --debug}), so a desk never sees one by accident.
 */
final class Failure {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    private Failure() {
    }

    /** Prints what went wrong after {@code command: }, in {@code language}, and returns the exit status. */
    static int report(String command, Throwable e, PrintWriter err, boolean debug, Language language) {
        Message mistake = usersMistake(e);
        if (mistake != null) {
            err.println(Message.at(command, mistake).render(language));
            return BAD_INPUT;
        }
        err.println(Message.at(command, Message.of(debug ? "cli.internal-debug" : "cli.internal", e))
                .render(language));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** What the user did wrong, or null when the failure is the engine's. */
    static Message usersMistake(Throwable e) {
        if (e instanceof UserError u) {
            return u.message();
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof IOException io) {
            return describe(io);
        }
        if (e instanceof InvalidPathException p) {
            return Message.of("cli.bad-path", p.getMessage());
        }
        return null;
    }

    /** An I/O failure in words: Java's exceptions for missing files and permissions carry only the path. */
    static Message describe(IOException e) {
        if (e instanceof UnusableFile u) {
            return u.reason();
        }
        if (e instanceof AccessDeniedException a) {
            return Message.at(a.getFile(), Message.of("file.permission-denied"));
        }
        if (e instanceof NoSuchFileException n) {
            return Message.at(n.getFile(), Message.of("file.no-such"));
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Message.at(f.getFile(), Message.of("file.system", f.getReason()));
        }
        return Message.of("file.system", e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
