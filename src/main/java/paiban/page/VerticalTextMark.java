package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.VerticalLine;

/**
 * A line of type set top to bottom (a vertical head's line): the line's centre at {@code x}, its top at {@code top};
 * its glyphs stand where the {@link VerticalLine} puts them, some turned. Text extractors read it as its text, whole
 * and in order, whatever the glyphs' positions.
 */
public record VerticalTextMark(VerticalLine line, float x, float top, Cmyk color, Tag tag) implements Mark {

    public VerticalTextMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }
}
