package paiban.font;

/**
 * A font could not be found, read or embedded. Unchecked because none of the stages can recover from it mid-layout:
 * it is a configuration problem the command line reports, so the message always names the file or family involved.
 */
public class FontException extends RuntimeException {

    public FontException(String message) {
        super(message);
    }

    public FontException(String message, Throwable cause) {
        super(message, cause);
    }
}
