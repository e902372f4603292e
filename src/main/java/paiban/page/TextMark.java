package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.Line;

/** A set line with its left edge at {@code x} and its baseline at {@code baseline}. */
public record TextMark(Line line, float x, float baseline, Cmyk color) implements Mark {
}
