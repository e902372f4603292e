package paiban.compose;

import paiban.message.Message;

/**
 * A pin from the issue file that the page cannot honour; the message says why. It carries the article it is about
 * (its index among the page's requests), so the caller can name the article's place in the issue file.
 */
public class PinException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    /** The index of a pin error about the page as a whole rather than one article. */
    public static final int PAGE = -1;

    private final int article;

    /** A pin error about the whole page. */
    public PinException(Message message) {
        this(PAGE, message);
    }

    /** @param article the index of the article among the page's requests, or {@link #PAGE} */
    public PinException(int article, Message message) {
        super(message);
        this.article = article;
    }

    /** The index of the article among the page's requests, or {@link #PAGE} when the error is about the page. */
    public int article() {
        return article;
    }

    /** The same error, its message prefixed with where it stands in the issue file. */
    public PinException at(paiban.model.SourcePos where) {
        return new PinException(article, Message.at(where, message()));
    }

    /** The same error about the whole page, prefixed with where the page stands and its number. */
    public PinException at(paiban.model.SourcePos where, int page) {
        return new PinException(article, Message.at(where, Message.of("pin.on-page", page,
                message())));
    }
}
