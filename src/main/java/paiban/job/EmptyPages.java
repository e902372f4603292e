package paiban.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import paiban.message.Warning;

/**
 * A page left empty, or nearly, while a later page of the issue still carries articles: the reader turns past a
 * blank page to find the copy. The page maker never pulls an article back to an earlier page on its own (the desk
 * put it where it is for a reason), so the desk is told which page is empty and which later page holds the copy
 * that could fill it.
 */
final class EmptyPages {
    /** A page with at least this share of its type area in holes is nearly empty. */
    static final double NEARLY_EMPTY = 0.5;

    private EmptyPages() {
    }

    /** One warning for each nearly empty page that a later page with articles follows. */
    static List<Warning> warnings(List<PageLayout> pages) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageLayout p = pages.get(i);
            boolean empty = p.plan().modules().isEmpty() || p.white().holeShare() >= NEARLY_EMPTY;
            PageLayout later = empty ? laterWithArticles(pages, i) : null;
            if (later != null) {
                out.add(Warning.at(Warning.Code.EMPTY_PAGE, p.page().pos(), "page.empty",
                        p.page().number(), String.format(Locale.ROOT, "%.0f", 100 * p.white().holeShare()),
                        later.page().number(), later.plan().modules().size()));
            }
        }
        return out;
    }

    private static PageLayout laterWithArticles(List<PageLayout> pages, int i) {
        for (int j = i + 1; j < pages.size(); j++) {
            if (!pages.get(j).plan().modules().isEmpty()) {
                return pages.get(j);
            }
        }
        return null;
    }
}
