package paiban.page;

import paiban.spec.Cmyk;

/** A rectangle, filled when {@code fill} is not null and framed when {@code stroke} is not null. */
public record BoxMark(float x, float y, float width, float height, Cmyk fill, Cmyk stroke, float strokeWeight)
        implements Mark {
}
