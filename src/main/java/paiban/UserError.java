package paiban;

/**
 * The user's input is wrong: an issue or layout file, a pin the page cannot honour, a font the layout names but the
 * machine lacks, an option. The message names the file, the line and the offending text; the command line prints it
 * and exits with status 2. Anything else that escapes a run is the engine's own fault (exit 3).
 *
 * <p>Unchecked, so that the font stages, which cannot recover mid-layout either, share the type with the parsers.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
