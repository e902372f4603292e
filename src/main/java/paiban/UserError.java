package paiban;

import paiban.message.Language;
import paiban.message.Message;

/**
 * The user's input is wrong: an issue or layout file, a pin the page cannot honour, a font the layout names but the
 * machine lacks, an option. The message names the file, the line and the offending text; the command line prints it
 * in the run's language and exits with status 2. Anything else that escapes a run is the engine's own fault (exit 3).
 *
 * <p>Made only from a catalogue {@link Message}, never from words (the message test holds every caller to it), so
 * every user error reads in Chinese or English. {@link #getMessage()} is the English, for logs and the Java API.
 *
 * <p>Unchecked, so that the font stages, which cannot recover mid-layout either, share the type with the parsers.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public UserError(Message message) {
        super(message.render(Language.EN));
        this.message = message;
    }

    public UserError(Message message, Throwable cause) {
        super(message.render(Language.EN), cause);
        this.message = message;
    }

    /** The message, to render in the run's language. */
    public Message message() {
        return message;
    }

    /** The message in {@code language}. */
    public String message(Language language) {
        return message.render(language);
    }
}
