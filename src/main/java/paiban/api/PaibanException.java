package paiban.api;

/**
 * The issue, the layout, a photo, a pin or a font cannot be used (a {@link paiban.UserError}, wrapped so that a
 * caller must handle it). The message is the one the {@code layout} command prints
 * (after {@code layout: }): the file, the line, what is wrong and the offending text, e.g.
 * {@code issue.txt:12: unknown key 'spam' in article attributes: "spam: 1"}. The command exits 2 for these.
 */
public final class PaibanException extends Exception {

    public PaibanException(String message, Throwable cause) {
        super(message, cause);
    }
}
