package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.Line;

/**
 * A set line with its left edge at {@code x} and its baseline at {@code baseline}; {@code tag} says what it is.
 * {@code actualText}, when not null, is what text extractors read for the line instead of its glyphs' text.
 * {@code boxInset} is how far short of the line's measure an extractor's box of the line ends, in pt, where its last
 * glyph reaches the measure (that glyph's advance is cut by as much; nothing follows it, so no glyph moves); 0 leaves
 * the box as the glyphs make it.
 * {@code color} null: the line is invisible (over a logo that stands for it).
 */
public record TextMark(Line line, float x, float baseline, Cmyk color, Tag tag, String actualText, double boxInset)
        implements Mark {

    public TextMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }

    public TextMark(Line line, float x, float baseline, Cmyk color, Tag tag, String actualText) {
        this(line, x, baseline, color, tag, actualText, 0);
    }

    public TextMark(Line line, float x, float baseline, Cmyk color, Tag tag) {
        this(line, x, baseline, color, tag, null);
    }

    /** An untagged line: an artifact (running heads, labels). */
    public TextMark(Line line, float x, float baseline, Cmyk color) {
        this(line, x, baseline, color, Tag.ARTIFACT, null);
    }

    public TextMark tagged(Tag t) {
        return new TextMark(line, x, baseline, color, t, actualText, boxInset);
    }

    /** The same line read by text extractors as {@code text} (the empty string: read as nothing). */
    public TextMark readAs(String text) {
        return new TextMark(line, x, baseline, color, tag, text, boxInset);
    }

    /** The same line whose box ends {@code inset} pt short of its measure for text extractors. */
    public TextMark withBoxInset(double inset) {
        return new TextMark(line, x, baseline, color, tag, actualText, inset);
    }
}
