package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import paiban.UserError;

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

    /** Prints what went wrong after {@code command: } and returns the exit status. */
    static int report(String command, Throwable e, PrintWriter err, boolean debug) {
        String mistake = usersMistake(e);
        if (mistake != null) {
            err.println(command + ": " + mistake);
            return BAD_INPUT;
        }
        err.println(command + ": internal error (" + e + "); please report it with the issue file"
                + (debug ? "" : " and the output of --debug"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** What the user did wrong, in words, or null when the failure is the engine's. */
    static String usersMistake(Throwable e) {
        if (e instanceof UserError u) {
            return u.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof IOException io) {
            return describe(io);
        }
        if (e instanceof InvalidPathException p) {
            return "not a path this system accepts: " + p.getMessage();
        }
        return null;
    }

    /** An I/O failure in words: Java's exceptions for missing files and permissions carry only the path. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
