package paiban.spec;

/** A layout file the engine cannot use; the message names the file, the line and the offending text. */
public class LayoutException extends Exception {
    public LayoutException(String message) {
        super(message);
    }
}
