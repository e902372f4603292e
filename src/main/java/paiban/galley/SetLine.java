package paiban.galley;

import paiban.spec.Cmyk;
import paiban.text.Line;

/**
 * A set line placed in a block: its baseline {@code baseline} pt below the block's top, its left edge {@code x} pt
 * from the block's left edge, in a colour.
 */
public record SetLine(Line line, float x, float baseline, Cmyk color) {
}
