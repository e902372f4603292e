package paiban.galley;

import paiban.spec.Cmyk;
import paiban.spec.Role;
import paiban.text.VerticalLine;

/**
 * A vertical line placed in a vertical head's strip: its centre {@code x} pt right of the strip's left edge, its top
 * {@code top} pt under the strip's top, in a colour, set in a style role (headline, kicker …).
 */
public record VerticalSetLine(VerticalLine line, float x, float top, Cmyk color, Role role) {
}
