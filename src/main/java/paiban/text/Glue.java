package paiban.text;

/**
 * Blank space that may shrink or stretch: the blank half of a full-width mark or a Han–Latin space. Sizes in pt.
 *
 * @param natural   width before any adjustment
 * @param min       narrowest width allowed
 * @param max       widest width the expansion steps may give it (== natural when it never stretches)
 * @param reduction the step of §2.4 at which it shrinks
 * @param reserve   space a loose line may open before its character gaps grow visibly wide (see
 *                  {@link Adjustment}): a 开明式 pause's blank back to its full-width em, a quarter em between Han
 *                  and Latin where the style sets none. Such glue has no natural width.
 */
record Glue(float natural, float min, float max, Reduction reduction, boolean reserve) {

    static final Glue NONE = new Glue(0, 0, 0, null);

    Glue(float natural, float min, float max, Reduction reduction) {
        this(natural, min, max, reduction, false);
    }

    /** A blank of a punctuation mark: all of it can go, none can be added. */
    static Glue blank(float width, Reduction reduction) {
        return new Glue(width, 0, width, reduction);
    }

    /** Nothing at first; up to {@code max} when a line would otherwise open its gaps too far. */
    static Glue reserve(float max, Reduction reduction) {
        return new Glue(0, 0, max, reduction, true);
    }

    boolean isNone() {
        return natural == 0 && min == 0 && max == 0;
    }

    float shrink() {
        return natural - min;
    }

    float stretch() {
        return max - natural;
    }
}
