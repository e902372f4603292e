package paiban.parse;

import paiban.message.Message;
import paiban.model.SourcePos;

/**
 * The issue file breaks the format. Carries where (file and line) and the offending source text, so the message
 * tells the writer exactly what to fix, e.g. {@code issue.txt:12: unknown key 'spam' in article attributes: "spam: 1"}.
 * The command line reports it and exits with status 2.
 */
public final class IssueFormatException extends paiban.UserError {
    private static final long serialVersionUID = 1L;

    private final SourcePos pos;
    private final Message reason;
    private final String text;

    /**
     * @param pos    file and 1-based line
     * @param reason what is wrong, without the position
     * @param text   the offending source text (usually the whole line), or null when there is none to show
     */
    public IssueFormatException(SourcePos pos, Message reason, String text) {
        super(format(pos, reason, text));
        this.pos = pos;
        this.reason = reason;
        this.text = text;
    }

    public SourcePos pos() {
        return pos;
    }

    /** What is wrong, without position or offending text. */
    public Message reason() {
        return reason;
    }

    /** The offending source text, or null. */
    public String text() {
        return text;
    }

    private static Message format(SourcePos pos, Message reason, String text) {
        return text == null ? Message.at(pos, reason) : Message.of("at-text", pos, reason, text);
    }
}
