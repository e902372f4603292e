package paiban.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import paiban.message.Language;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.render.AtomicFile;

/**
 * Writes a run's outputs: to standard output, or to a file through a temporary sibling and a rename (removing the
 * parts a killed run left first). A failure names the file and says why: a full disk is "No space left on device"
 * for that path, never a bare message from the library that was writing.
 */
final class OutputWriter {

    private final OutputStream stdout;
    private final PrintWriter err;
    private final Language language;

    OutputWriter(OutputStream stdout, PrintWriter err, Language language) {
        this.stdout = stdout;
        this.err = err;
        this.language = language;
    }

    void write(OutputPaths.Target target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), Message.of("output.wrote-kb", target.path(), bytes.length / 1024));
    }

    /** Writes the target and says so ({@code done}: the line to print once written to a file). */
    void write(OutputPaths.Target target, AtomicFile.Body body, Message done) throws IOException {
        if (target.stdout()) {
            try {
                body.write(stdout);
                stdout.flush();
            } catch (IOException e) {
                throw new UnusableFile(Message.of("output.stdout-failed", target.option(), reason(e)), e);
            }
            err.println(Message.of("output.wrote-stdout", target.option()).render(language));
            return;
        }
        StaleParts.clean(target.path());
        try {
            AtomicFile.write(target.path(), body);
        } catch (IOException e) {
            throw new UnusableFile(Message.at(target.path(), Message.of("output.write-failed", reason(e))), e);
        }
        err.println(done.render(language));
    }

    /** The innermost reason: ImageIO's "I/O error writing PNG file!" hides "No space left on device" in its cause. */
    static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
