package paiban.galley;

import paiban.spec.Cmyk;
import paiban.spec.Role;
import paiban.text.Line;

/**
 * A set line placed in a block: its baseline {@code baseline} pt below the block's top, its left edge {@code x} pt
 * from the block's left edge, in a colour. {@code role} is the style role it was set in (headline, kicker …), or
 * null; the PDF's structure tree tells a headline from a kicker by it.
 */
public record SetLine(Line line, float x, float baseline, Cmyk color, Role role) {

    public SetLine(Line line, float x, float baseline, Cmyk color) {
        this(line, x, baseline, color, null);
    }
}
