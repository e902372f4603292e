package paiban.job;

/** Text of an article that did not fit on its page: how many lines and characters, and where the article is. */
public record Overset(int page, String article, String where, int lines, int characters, String firstWords) {
    @Override
    public String toString() {
        return where + ": 第" + page + "版 \"" + article + "\": " + characters + " characters (" + lines
                + " lines) did not fit, from \"" + firstWords + "\"";
    }
}
