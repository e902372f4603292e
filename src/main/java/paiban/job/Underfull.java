package paiban.job;

import java.util.Locale;
import paiban.compose.PagePlan;
import paiban.model.Page;
import paiban.spec.PageGeometry;

/**
 * A page the page maker could not fill with the copy it was given: the desk is told how much copy is missing, so a
 * hole is never left in silence. The figure is the plan's own count of empty column-lines, the white a reader sees.
 */
final class Underfull {
    /** The share of the body area that may stay empty (air, a short column) before the page counts as underfull. */
    static final double LIMIT = 0.03;

    private Underfull() {
    }

    /** The warning for a page whose plan leaves more than {@link #LIMIT} of its body area empty, or null. */
    static paiban.message.Warning warning(Page page, PagePlan plan, PageGeometry g) {
        if (plan.emptyShare() <= LIMIT || plan.oversetLines() > 0) {
            return null;
        }
        int lines = plan.emptyColumnLines();
        return paiban.message.Warning.at(paiban.message.Warning.Code.UNDERFULL, page.pos(), "page.underfull",
                page.number(), String.format(Locale.ROOT, "%.1f", 100 * plan.emptyShare()), lines,
                lines * g.columnChars(), g.columnChars());
    }
}
