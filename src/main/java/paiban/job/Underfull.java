package paiban.job;

import java.util.Locale;
import paiban.compose.PagePlan;
import paiban.message.Warning;
import paiban.model.Page;
import paiban.page.PageWhite;
import paiban.spec.PageGeometry;

/**
 * A page the page maker could not fill with the copy it was given: the desk is told how much copy is missing, so a
 * hole is never left in silence. The figure is the page's measured white away from display type ({@link PageWhite}),
 * the white a reader sees; the missing copy is that white in column-lines and characters.
 */
final class Underfull {
    /** The share of the type area that may stay white away from display type before the page counts as underfull. */
    static final double LIMIT = 0.03;

    private Underfull() {
    }

    /** The warning for a page with more than {@link #LIMIT} of its type area in holes, or null. */
    static Warning warning(Page page, PagePlan plan, PageWhite white, PageGeometry g) {
        if (white.holeShare() <= LIMIT || plan.oversetLines() > 0) {
            return null;
        }
        int lines = white.missingColumnLines();
        return Warning.at(Warning.Code.UNDERFULL, page.pos(), "page.underfull",
                page.number(), String.format(Locale.ROOT, "%.1f", 100 * white.holeShare()), lines,
                lines * g.columnChars(), g.columnChars());
    }
}
