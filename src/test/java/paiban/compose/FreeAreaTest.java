package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page maker composes round the cells an advertisement books: no module, leg, photo or rule enters a booked
 * block or the gap line between it and the articles, and the rest of the page is filled.
 */
class FreeAreaTest {

    private static final int COLUMNS = 8;
    private static final int LINES = 100;

    private static ArticleRequest article(String title, int headline, int bodyLinesOneColumn) {
        return new ArticleRequest(title, null, false, s -> FakeExtent.text(headline, bodyLinesOneColumn));
    }

    /** Five articles whose text, with room for headlines and gap lines, about fills {@code free} column-lines. */
    private static List<ArticleRequest> page(int free) {
        int body = free - 200;
        List<ArticleRequest> out = new ArrayList<>();
        int[] shares = {30, 25, 20, 15, 10};
        for (int i = 0; i < shares.length; i++) {
            out.add(article("a" + i, i == 0 ? 5 : 3, body * shares[i] / 100));
        }
        return out;
    }

    /** A half-width block at either foot corner, and corner blocks at the top and foot. */
    @ParameterizedTest
    @CsvSource({"0,70,4,30", "4,70,4,30", "6,0,2,24", "0,0,3,20", "6,75,2,25"})
    void modulesStayOutOfTheBookedCellsAndFillTheRest(int col, int line, int span, int lines) throws Exception {
        Booking b = new Booking(col, line, span, lines);
        PagePlan plan = new FreeArea(new PageMaker(COLUMNS, 10, LINES, 40, 4, 13.5), List.of(b)).make(page(COLUMNS * LINES - span * (lines + 1)), false);
        boolean foot = line + lines == LINES;
        int gap = foot ? line - 1 : line + lines; // the empty line between the block and the articles
        for (Module m : plan.modules()) {
            assertFalse(meets(m.col(), m.line() - 10, m.span(), m.lines(), col, Math.min(line, gap), span, lines + 1),
                    "module " + m + " enters the block " + b);
            for (Leg l : m.legs()) {
                assertFalse(meets(l.col(), l.line() - 10, 1, l.count(), col, Math.min(line, gap), span, lines + 1),
                        "a leg of " + m.article() + " enters the block");
            }
        }
        for (Rule r : plan.rules()) {
            if (r.horizontal()) {
                assertFalse(meets(r.col(), r.line() - 10, r.span(), 1, col, line, span, lines),
                        "a rule runs through the block: " + r);
            }
        }
        assertEquals(5, plan.modules().size());
        assertEquals(0, plan.oversetLines(), "the text fits the page round the block");
        assertEquals(span * (lines + 1), plan.bookedColumnLines(), "the block and its gap line are booked");
        // Nearly as full as a plain page of the same room and text: whole articles shared out over the two parts of
        // an L leave more white than one rectangle does (see docs/page-maker.md), but never a tenth of the page more.
        int free = COLUMNS * LINES - span * (lines + 1);
        PagePlan plain = new PageMaker(COLUMNS, 10, free / COLUMNS, 40, 4, 13.5).make(page(free), false);
        assertTrue(plan.emptyShare() <= plain.emptyShare() + 0.10,
                "the rest is filled: " + plan.emptyShare() + " empty, a plain page " + plain.emptyShare());
    }

    @org.junit.jupiter.api.Test
    void articlesPinnedToTheTopStandAtTheTopBesideACornerBlock() throws Exception {
        List<ArticleRequest> page = new ArrayList<>(page(COLUMNS * LINES - 5 * 31));
        for (int i = 0; i < 2; i++) {
            ArticleRequest r = page.get(i);
            page.set(i, new ArticleRequest(r.title(), null, true, r.side(), r.extentAtSpan(), r.minSpan()));
        }
        PagePlan plan = new FreeArea(new PageMaker(COLUMNS, 10, LINES, 40, 4, 13.5), List.of(new Booking(0, 0, 5, 30)))
                .make(page, false);
        // in the first band of a part that starts at the page's top: no free article stands over a pinned one
        assertTrue(plan.modules().stream().anyMatch(m -> m.article() < 2 && m.line() == 10));
        for (Module p : plan.modules()) {
            for (Module u : plan.modules()) {
                if (p.article() < 2 && u.article() >= 2 && p.col() < u.col() + u.span() && u.col() < p.col() + p.span()) {
                    assertTrue(u.line() > p.line(), "free article " + u.article() + " over pinned " + p.article());
                }
            }
        }
    }

    private static boolean meets(int c0, int l0, int s0, int n0, int c1, int l1, int s1, int n1) {
        return c0 < c1 + s1 && c1 < c0 + s0 && l0 < l1 + n1 && l1 < l0 + n0;
    }
}
