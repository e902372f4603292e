package paiban.font;

/**
 * A font could not be found, read or embedded: a configuration problem the command line reports as the user's
 * (exit 2), so the message always names the file or family involved.
 */
public class FontException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    public FontException(String message) {
        super(message);
    }

    public FontException(String message, Throwable cause) {
        super(message, cause);
    }
}
