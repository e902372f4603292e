package paiban.model;

/** Where the writer pins an article on its page ({@code place:} in the issue file). */
public enum Place {
    /** In the first band of the page. */
    TOP("top"),
    /** Standing on the foot of the body area. */
    BOTTOM("bottom"),
    /** At the type area's left edge. */
    LEFT("left"),
    /** At the type area's right edge. */
    RIGHT("right"),
    /** The page's lead (头条): first in order and in the first band. */
    LEAD("lead");

    private final String word;

    Place(String word) {
        this.word = word;
    }

    /** The word the issue file writes. */
    public String word() {
        return word;
    }

    /** Whether the article stands in the page's first band. */
    public boolean inFirstBand() {
        return this == LEAD || this == TOP;
    }

    /** The place the issue file's word names, or null when it names none. */
    public static Place of(String word) {
        for (Place p : values()) {
            if (p.word.equals(word)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return word;
    }
}
