package paiban.flow;

import paiban.model.Article;

/** An article's title as messages and summaries quote it: a runaway headline is cut short. */
public final class MessageTitle {

    /** Longest article title quoted, in characters. */
    static final int SHOWN = 30;

    private MessageTitle() {
    }

    /** The title, cut after {@value #SHOWN} characters with an ellipsis. */
    public static String of(Article a) {
        String t = a.title();
        return t.codePointCount(0, t.length()) > SHOWN ? t.substring(0, t.offsetByCodePoints(0, SHOWN)) + "…" : t;
    }
}
