package paiban.compose;

/** A pin from the issue file that the page cannot honour; the message says why. */
public class PinException extends Exception {
    public PinException(String message) {
        super(message);
    }
}
