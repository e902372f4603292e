package paiban.flow;

import java.util.List;
import paiban.message.Message;

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

    /** The line the command prints after {@code overset: }, in any language. */
    public Message message() {
        Message pictures = photos.isEmpty() ? null : Message.of(photos.size() == 1 ? "overset.photo" : "overset.photos",
                String.join(", ", photos), photos.size());
        if (wholeArticle) {
            Message whole = Message.of("overset.whole", where, page, article, characters, firstWords);
            return pictures == null ? whole : Message.of("overset.text-and-photos", whole, pictures);
        }
        if (lines == 0 && pictures != null) {
            return Message.of("overset.photos-only", where, page, article, pictures);
        }
        Message text = Message.of("overset.text", where, page, article, characters, lines, firstWords);
        return pictures == null ? text : Message.of("overset.text-and-photos", text, pictures);
    }

    @Override
    public String toString() {
        return message().toString();
    }
}
