package paiban.spec;

import paiban.message.Message;

/** A layout file the engine cannot use; the message names the file, the line and the offending text. */
public class LayoutException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    public LayoutException(Message message) {
        super(message);
    }

    /** {@code WHERE: } and the message of {@code key}. */
    public static LayoutException at(Object where, String key, Object... args) {
        return new LayoutException(Message.at(where, Message.of(key, args)));
    }
}
