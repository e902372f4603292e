package paiban.render;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDFBox and fontbox log through commons-logging, which falls back to java.util.logging, whose default handler
 * prints to stderr: reading a TrueType font for a preview printed lines like "Format 14 cmap table is not
 * supported" between the engine's own messages. The engine reports every problem itself (file, line, text), so the
 * libraries are silenced; the CLI and the Java API call {@link #silence()} before any work.
 */
public final class LibraryLogs {

    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    private LibraryLogs() {
    }

    public static void silence() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
        }
    }
}
