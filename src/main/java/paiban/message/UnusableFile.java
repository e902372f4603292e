package paiban.message;

import java.io.IOException;

/**
 * A file the engine opened but cannot use (a logo, a photo, an output path), with why in catalogue words. An
 * {@link IOException}, so it travels the paths Java's own I/O failures take; the caller quotes {@link #reason}.
 */
public final class UnusableFile extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public UnusableFile(Message reason) {
        super(reason.render(Language.EN));
        this.reason = reason;
    }

    public UnusableFile(Message reason, Throwable cause) {
        super(reason.render(Language.EN), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    /**
     * Why {@code e} happened, as a message argument: catalogue words when the engine said it, else the library's or
     * system's own text (which no catalogue can hold).
     */
    public static Object reasonOf(Throwable e) {
        if (e instanceof UnusableFile u) {
            return u.reason();
        }
        if (e instanceof paiban.UserError u) {
            return u.message();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
