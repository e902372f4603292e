package paiban.flow;

import java.util.List;

/**
 * Text of an article that did not fit on its page: how many lines and characters, and where the article is.
 * {@code wholeArticle} says that nothing of it is on the page (its headline included). {@code photos}: the photos
 * (as the issue names them) that found no room, their captions counted with the text.
 */
public record Overset(int page, String article, String where, int lines, int characters, String firstWords,
                      boolean wholeArticle, List<String> photos) {

    public Overset {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public Overset(int page, String article, String where, int lines, int characters, String firstWords,
                   boolean wholeArticle) {
        this(page, article, where, lines, characters, firstWords, wholeArticle, List.of());
    }

    public Overset(int page, String article, String where, int lines, int characters, String firstWords) {
        this(page, article, where, lines, characters, firstWords, false);
    }

    @Override
    public String toString() {
        String head = where + ": 第" + page + "版 \"" + article + "\": ";
        if (wholeArticle) {
            return head + "the whole article (" + characters + " characters) did not fit, from \"" + firstWords + "\"";
        }
        String pictures = photos.isEmpty() ? "" : (photos.size() == 1 ? "photo " : photos.size() + " photos ")
                + String.join(", ", photos) + " with their captions did not fit";
        if (lines == 0 && !photos.isEmpty()) {
            return head + pictures;
        }
        return head + characters + " characters (" + lines + " lines) did not fit, from \"" + firstWords + "\""
                + (pictures.isEmpty() ? "" : "; " + pictures);
    }
}
