package paiban.message;

/**
 * A value that cannot be read (an attribute's, an option's), with why in catalogue words; the caller, who knows the
 * file and line, turns it into a user error there.
 */
public final class BadValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public BadValue(String key, Object... args) {
        this(Message.of(key, args));
    }

    public BadValue(Message reason) {
        super(reason.render(Language.EN));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
