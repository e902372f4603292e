package paiban.flow;

/**
 * Text of an article that did not fit on its page: how many lines and characters, and where the article is.
 * {@code wholeArticle} says that nothing of it is on the page (its headline included).
 */
public record Overset(int page, String article, String where, int lines, int characters, String firstWords,
                      boolean wholeArticle) {

    public Overset(int page, String article, String where, int lines, int characters, String firstWords) {
        this(page, article, where, lines, characters, firstWords, false);
    }

    @Override
    public String toString() {
        String head = where + ": 第" + page + "版 \"" + article + "\": ";
        if (wholeArticle) {
            return head + "the whole article (" + characters + " characters) did not fit, from \"" + firstWords + "\"";
        }
        return head + characters + " characters (" + lines + " lines) did not fit, from \"" + firstWords + "\"";
    }
}
