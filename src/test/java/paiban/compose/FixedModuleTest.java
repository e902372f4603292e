package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Modules the desk fixes by hand ({@code module: 3x40}, {@code at: 4栏 23行}): the page maker sets them where and as
 * large as asked and fills the page around them; what the page cannot hold is an error naming the article.
 */
class FixedModuleTest {
    private static final int COLS = 8;
    private static final int TOP = 20;
    private static final int LINES = 80;

    private static PageMaker maker() {
        return new PageMaker(COLS, TOP, LINES, 117, 9, 13.5);
    }

    private static ArticleRequest free(String title, int headline, int body) {
        return new ArticleRequest(title, null, false, null, s -> FakeExtent.text(headline, body), 1);
    }

    /** Fixed {@code span} × {@code lines} at 0-based column {@code col} and type-area line {@code line} (-1: free). */
    private static ArticleRequest fixed(String title, int headline, int body, int span, int lines, int col, int line) {
        return new ArticleRequest(title, span, false, null, s -> FakeExtent.text(headline, body), 1,
                new FixedModule(col, line, lines));
    }

    private static List<ArticleRequest> page(ArticleRequest pinned) {
        return List.of(free("lead", 5, 260), pinned, free("c", 3, 90), free("d", 3, 80), free("e", 3, 60));
    }

    @Test
    void aModuleFixedInSizeAndCornerStandsThereAndThePageIsFilledAroundIt() throws PinException {
        // the lead takes the top 39 lines; the box stands under it at the right, the others fill the rest
        List<ArticleRequest> req = List.of(free("lead", 5, 260), fixed("box", 3, 60, 3, 40, 5, TOP + 40),
                free("c", 3, 50), free("d", 3, 40), free("e", 3, 30));
        PagePlan plan = maker().make(req);
        Module m = plan.modules().get(1);
        assertEquals(5, m.col());
        assertEquals(TOP + 40, m.line());
        assertEquals(3, m.span());
        assertEquals(40, m.lines());
        assertEquals(0, plan.oversetLines(), plan.modules().toString());
        assertEquals(5, plan.modules().size());
        assertTilesWithoutOverlap(plan);
        assertTrue(plan.emptyLines() < COLS * LINES / 10, "the page is filled around it: " + plan.emptyLines());
    }

    @Test
    void aModuleFixedOnlyInSizeKeepsItsSize() throws PinException {
        PagePlan plan = maker().make(page(fixed("box", 3, 40, 2, 36, -1, -1)));
        Module m = plan.modules().get(1);
        assertEquals(2, m.span());
        assertEquals(36, m.lines());
        assertTilesWithoutOverlap(plan);
    }

    @Test
    void textLongerThanItsFixedModuleIsCountedOverNotDropped() throws PinException {
        PagePlan plan = maker().make(page(fixed("box", 3, 200, 2, 30, 6, TOP)));
        Module m = plan.modules().get(1);
        assertEquals(30, m.lines());
        assertEquals(200, m.placed() + m.overset(), "every line is shown or counted over");
        assertTrue(m.overset() > 0);
    }

    @Test
    void aCornerNoPlanCanHonourLeavesTheModuleToThePageMaker() throws PinException {
        // the lead fills the top of the page; nothing can start on the body area's second line beside it
        List<ArticleRequest> req = List.of(free("lead", 5, 300), fixed("box", 3, 40, 3, 30, 5, TOP + 1));
        PagePlan plan = maker().make(req);
        assertEquals(2, plan.modules().size());
        assertTilesWithoutOverlap(plan);
    }

    @Test
    void aModuleOutsideTheColumnsIsAnErrorNamingTheArticle() {
        PinException e = assertThrows(PinException.class,
                () -> maker().make(page(fixed("公路通车", 3, 40, 3, 30, 6, TOP))));
        assertEquals(1, e.article());
        assertTrue(e.getMessage().contains("\"公路通车\"") && e.getMessage().contains("column 7"), e.getMessage());
    }

    @Test
    void aModuleOutsideTheBodyAreaIsAnError() {
        PinException above = assertThrows(PinException.class,
                () -> maker().make(page(fixed("a", 3, 40, 3, 30, 0, 5))));
        assertTrue(above.getMessage().contains("line 6 is outside the body area"), above.getMessage());
        PinException below = assertThrows(PinException.class,
                () -> maker().make(page(fixed("a", 3, 40, 3, 30, 0, TOP + LINES - 10))));
        assertTrue(below.getMessage().contains("runs past the foot"), below.getMessage());
    }

    @Test
    void aModuleTooSmallForItsHeadlineIsAnError() {
        PinException e = assertThrows(PinException.class,
                () -> maker().make(page(fixed("a", 6, 40, 2, 6, 0, TOP))));
        assertTrue(e.getMessage().contains("too small for its headline"), e.getMessage());
    }

    @Test
    void twoFixedModulesThatOverlapAreAnError() {
        List<ArticleRequest> req = List.of(fixed("一", 3, 40, 3, 30, 0, TOP), fixed("二", 3, 40, 3, 30, 2, TOP + 10),
                free("c", 3, 100));
        PinException e = assertThrows(PinException.class, () -> maker().make(req));
        assertEquals(1, e.article());
        assertTrue(e.getMessage().contains("overlaps that of \"一\""), e.getMessage());
    }

    private static void assertTilesWithoutOverlap(PagePlan plan) {
        Map<String, Integer> owner = new HashMap<>();
        for (Module m : plan.modules()) {
            assertTrue(m.col() >= 0 && m.col() + m.span() <= COLS, "module " + m);
            assertTrue(m.line() >= TOP && m.line() + m.lines() <= TOP + LINES, "module " + m);
            for (int l = m.line(); l < m.line() + m.lines(); l++) {
                int width = l < m.line() + m.headlineLines() ? m.span() : m.bodySpan();
                for (int c = m.col(); c < m.col() + width; c++) {
                    Integer before = owner.put(c + ":" + l, m.article());
                    assertTrue(before == null, "articles " + before + " and " + m.article() + " share " + c + ":" + l);
                }
            }
        }
    }
}
