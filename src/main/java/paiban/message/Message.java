package paiban.message;

import java.util.Arrays;
import java.util.List;

/**
 * A message to the desk, not yet in words: its key in the {@link Catalogue} and its arguments. It is rendered in a
 * language only when printed, so the same error or warning reads in Chinese on one desk and in English on another.
 * An argument that is itself a message (a reason inside an error) is rendered in the same language.
 *
 * <p>To add a message: pick a key (area.what, e.g. {@code photo.missing}), add its {@code .en} and {@code .zh}
 * lines to {@code src/main/resources/paiban/messages.properties} with the same {@code {0}}, {@code {1}} …
 * placeholders, and make it with {@code Message.of("photo.missing", path)}. The catalogue test checks both texts
 * are there with the same placeholders, and that every key the code uses exists.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)); // nulls allowed
    }

    public static Message of(String key, Object... args) {
        Catalogue.requireKey(key);
        return new Message(key, Arrays.asList(args));
    }

    /** {@code WHERE: message}, the form of every positioned message (WHERE is usually FILE:LINE). */
    public static Message at(Object where, Message message) {
        return of("at", where, message);
    }

    /** Where the message stands, when it is {@code FILE:LINE: …} with a known line; else null. */
    public paiban.model.SourcePos position() {
        return (key.equals("at") || key.equals("at-text")) && args.get(0) instanceof paiban.model.SourcePos p ? p : null;
    }

    /** The message after its position ({@link #position()}), or the whole message when it has none. */
    public Message withoutPosition() {
        if (position() == null) {
            return this;
        }
        return key.equals("at") ? (Message) args.get(1) : of("with-text", args.get(1), args.get(2));
    }

    /** The words in {@code language}. */
    public String render(Language language) {
        return Catalogue.text(language, key, args);
    }

    /** The English words: what logs, exceptions and the Java API carry. */
    @Override
    public String toString() {
        return render(Language.EN);
    }
}
