package paiban.galley;

/**
 * What copyfitting takes from a headline block to make a page fit: with {@code steps} above 0, one step down the
 * headline ladder (see {@code GalleySetter}), never below {@code floor} pt (the next article's headline, so the page's
 * hierarchy holds), and, when {@code tight}, the half line of air the block keeps under its text beyond the ordinary
 * line gap.
 */
public record HeadlineFit(int steps, float floor, boolean tight) {

    /** The headline as the ladder and the room give it. */
    public static final HeadlineFit NONE = new HeadlineFit(0, 0, false);

    /** The same with the air taken. */
    public HeadlineFit tightened() {
        return new HeadlineFit(steps, floor, true);
    }

    /** One step down, not below {@code floor} pt. */
    public HeadlineFit stepDown(float floor) {
        return new HeadlineFit(1, floor, tight);
    }
}
