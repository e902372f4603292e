package paiban.text;

/**
 * What a line may squeeze, in the order it is squeezed (typesetting-zh §2.4). Each step is used up on every
 * instance in the line before the next step is touched. Step 1 of §2.4 (the line-end trim) is not a reduction
 * here: a mark's end blank simply disappears at a break.
 */
enum Reduction {
    /** Western word spaces, down to 1/4 em. */
    WORD_SPACE(1.0),
    /** The outer blank of quotes, brackets and 书名号. */
    BRACKET(1.5),
    /** The blank of ，、；： (only present in the full-width style). */
    PAUSE(1.5),
    /** Han–Latin spacing, down to 1/8 em. */
    HAN_LATIN(1.5),
    /** The blank of 。？！ — last, because it marks the end of a sentence. */
    STOP(2.0);

    /** All steps in order, shared: {@code values()} copies its array on every call, and the breaker asks per line. */
    static final Reduction[] ALL = values();

    /** Badness per em squeezed; cheap next to expansion, because CLREQ wants compression before push-out. */
    final double costPerEm;

    Reduction(double costPerEm) {
        this.costPerEm = costPerEm;
    }
}
