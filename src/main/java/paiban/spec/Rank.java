package paiban.spec;

/**
 * An article's standing on its page, which picks its rung of the headline ladder: the page's lead (its first
 * article, or the one with {@code place: lead}), the second article, the others in their order, and briefs
 * (short pieces, whatever their order).
 */
public enum Rank {
    LEAD, SECOND, OTHERS, BRIEF;

    /** The rank of the article at {@code index} in the page's order (lead first), of {@code characters} body text. */
    public static Rank of(int index, int characters, HeadlineLadder ladder) {
        if (index == 0) {
            return LEAD;
        }
        if (characters < ladder.briefChars()) {
            return BRIEF;
        }
        return index == 1 ? SECOND : OTHERS;
    }
}
