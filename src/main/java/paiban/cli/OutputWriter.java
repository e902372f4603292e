package paiban.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import paiban.render.AtomicFile;

/**
 * Writes a run's outputs: to standard output, or to a file through a temporary sibling and a rename (removing the
 * parts a killed run left first). A failure names the file and says why: a full disk is "No space left on device"
 * for that path, never a bare message from the library that was writing.
 */
final class OutputWriter {

    private final OutputStream stdout;
    private final PrintWriter err;

    OutputWriter(OutputStream stdout, PrintWriter err) {
        this.stdout = stdout;
        this.err = err;
    }

    void write(OutputPaths.Target target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), " (" + bytes.length / 1024 + " KB)");
    }

    void write(OutputPaths.Target target, AtomicFile.Body body, String note) throws IOException {
        if (target.stdout()) {
            try {
                body.write(stdout);
                stdout.flush();
            } catch (IOException e) {
                throw new IOException("standard output (" + target.option() + " -): cannot be written ("
                        + reason(e) + ")", e);
            }
            err.println("wrote " + target.option() + " to standard output");
            return;
        }
        StaleParts.clean(target.path());
        try {
            AtomicFile.write(target.path(), body);
        } catch (IOException e) {
            throw new IOException(target.path() + ": cannot be written (" + reason(e) + ")", e);
        }
        err.println("wrote " + target.path() + note);
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
