package paiban.page;

import paiban.spec.Cmyk;

/** A straight rule of a given weight (pt). */
public record RuleMark(float x0, float y0, float x1, float y1, float weight, Cmyk color) implements Mark {
}
