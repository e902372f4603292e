package paiban.spec;

/** A layout file the engine cannot use; the message names the file, the line and the offending text. */
public class LayoutException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    public LayoutException(String message) {
        super(message);
    }
}
