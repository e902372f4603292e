package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.Line;

/**
 * A set line with its left edge at {@code x} and its baseline at {@code baseline}; {@code tag} says what it is.
 * {@code actualText}, when not null, is what text extractors read for the line instead of its glyphs' text.
 * {@code color} null: the line is invisible (over a logo that stands for it).
 */
public record TextMark(Line line, float x, float baseline, Cmyk color, Tag tag, String actualText) implements Mark {

    public TextMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }

    public TextMark(Line line, float x, float baseline, Cmyk color, Tag tag) {
        this(line, x, baseline, color, tag, null);
    }

    /** An untagged line: an artifact (running heads, labels). */
    public TextMark(Line line, float x, float baseline, Cmyk color) {
        this(line, x, baseline, color, Tag.ARTIFACT, null);
    }

    public TextMark tagged(Tag t) {
        return new TextMark(line, x, baseline, color, t, actualText);
    }
}
