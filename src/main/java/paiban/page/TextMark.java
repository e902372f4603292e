package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.Line;

/** A set line with its left edge at {@code x} and its baseline at {@code baseline}; {@code tag} says what it is. */
public record TextMark(Line line, float x, float baseline, Cmyk color, Tag tag) implements Mark {

    public TextMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }

    /** An untagged line: an artifact (running heads, labels). */
    public TextMark(Line line, float x, float baseline, Cmyk color) {
        this(line, x, baseline, color, Tag.ARTIFACT);
    }

    public TextMark tagged(Tag t) {
        return new TextMark(line, x, baseline, color, t);
    }
}
