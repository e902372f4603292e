package paiban.font;

import paiban.message.Message;

/**
 * A font could not be found, read or embedded: a configuration problem the command line reports as the user's
 * (exit 2), so the message always names the file or family involved.
 */
public class FontException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    public FontException(Message message) {
        super(message);
    }

    public FontException(Message message, Throwable cause) {
        super(message, cause);
    }
}
