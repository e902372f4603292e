package paiban.text;

/**
 * Blank space that may shrink: the blank half of a full-width mark or a Han–Latin space. Sizes in pt.
 *
 * @param natural   width before any adjustment
 * @param min       narrowest width allowed
 * @param max       widest width the first expansion steps may give it (== natural when it never stretches)
 * @param reduction the step of §2.4 at which it shrinks
 */
record Glue(float natural, float min, float max, Reduction reduction) {

    static final Glue NONE = new Glue(0, 0, 0, null);

    /** A blank of a punctuation mark: all of it can go, none can be added. */
    static Glue blank(float width, Reduction reduction) {
        return new Glue(width, 0, width, reduction);
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
