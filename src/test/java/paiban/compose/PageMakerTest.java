package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMakerTest {

    private static final int COLS = 8;
    private static final int LINES = 80;

    private static PageMaker maker() {
        return new PageMaker(COLS, 20, LINES, 117, 9, 13.5);
    }

    /** An article whose body is {@code chars} lines of one column at span 1, spread over the span. */
    private static ArticleRequest article(String title, int headline, int bodyLinesOneColumn) {
        return new ArticleRequest(title, null, false, s -> FakeExtent.text(headline, bodyLinesOneColumn));
    }

    @Test
    void twoArticlesThatExactlyFillThePageLeaveNoEmptyLines() throws PinException {
        // 8 columns × 80 lines: a 4-line headline over 8 × 36 body lines, a gap line, then 4 + 8 × 35.
        PagePlan plan = maker().make(List.of(article("a", 4, 8 * 35 + 5), article("b", 4, 8 * 34)));
        assertEquals(0, plan.oversetLines());
        assertNoOverlap(plan);
        assertInside(plan);
        assertTrue(plan.emptyLines() <= 3, "empty lines: " + plan.emptyLines());
    }

    @Test
    void everyBodyLineIsPlacedOnceWhenItFits() throws PinException {
        List<ArticleRequest> req = List.of(article("lead", 5, 300), article("b", 3, 120), article("c", 3, 90));
        PagePlan plan = maker().make(req);
        assertEquals(0, plan.oversetLines());
        for (Module m : plan.modules()) {
            int placed = m.legs().stream().mapToInt(Leg::count).sum();
            int expected = List.of(300, 120, 90).get(m.article());
            assertEquals(expected, placed, "article " + m.article());
        }
        assertNoOverlap(plan);
        assertInside(plan);
    }

    @Test
    void legsOfAModuleEndWithinOneLineOfEachOther() throws PinException {
        PagePlan plan = maker().make(List.of(article("lead", 5, 301),
                new ArticleRequest("photo", null, false, sp -> new FakeExtent(4, 157, 1.5, 2)), article("b", 3, 120)));
        for (Module m : plan.modules()) {
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            for (Leg l : m.legs()) {
                lo = Math.min(lo, m.foot(l));
                hi = Math.max(hi, m.foot(l));
            }
            assertTrue(hi - lo <= 1, "legs of module " + m.article() + " end between lines " + lo + " and " + hi);
        }
    }

    @Test
    void theLeadIsInTheFirstBandAndAtLeastAsWideAsItsNeighbours() throws PinException {
        PagePlan plan = maker().make(List.of(article("lead", 5, 200), article("b", 3, 150), article("c", 3, 150)));
        Module lead = plan.modules().get(0);
        assertEquals(0, lead.article());
        assertEquals(20, lead.line());
        for (Module m : plan.modules()) {
            if (m.line() == lead.line()) {
                assertTrue(lead.span() >= m.span());
            }
        }
    }

    @Test
    void tooMuchTextIsCountedAsOversetNeverDropped() throws PinException {
        PagePlan plan = maker().make(List.of(article("huge", 4, 2000)));
        Module m = plan.modules().get(0);
        int placed = m.legs().stream().mapToInt(Leg::count).sum();
        assertEquals(2000, placed + m.overset());
        assertTrue(m.overset() > 0);
        assertInside(plan);
    }

    @Test
    void spanPinsAreHonoured() throws PinException {
        List<ArticleRequest> req = List.of(
                new ArticleRequest("a", 5, false, s -> FakeExtent.text(4, 200)),
                new ArticleRequest("b", 3, false, s -> FakeExtent.text(3, 100)));
        PagePlan plan = maker().make(req);
        assertEquals(5, plan.modules().get(0).span());
        assertEquals(3, plan.modules().get(1).span());
    }

    @Test
    void sidePinsPutTheArticleAtThatEdgeOfTheTypeArea() throws PinException {
        // Too tall to stand one above the other, the two stand side by side, the first at the left unless pinned.
        PageMaker maker = new PageMaker(COLS, 0, 110, 117, 9, 13.5);
        ArticleRequest wide = article("wide", 7, 6 * 100);
        ArticleRequest narrowLeft = new ArticleRequest("narrow", null, false, ArticleRequest.Side.LEFT,
                s -> FakeExtent.text(6, 2 * 100));
        PagePlan left = maker.make(List.of(wide, narrowLeft));
        assertEquals(0, left.modules().get(1).col(), "pinned left: " + left.modules());
        assertEquals(0, left.oversetLines());
        ArticleRequest wideRight = new ArticleRequest("wide", null, false, ArticleRequest.Side.RIGHT,
                s -> FakeExtent.text(7, 6 * 100));
        PagePlan right = maker.make(List.of(wideRight, article("narrow", 6, 2 * 100)));
        Module w = right.modules().get(0);
        assertEquals(COLS, w.col() + w.span(), "pinned right: " + right.modules());
        assertEquals(0, right.oversetLines());
        // (Either pin costs a tombstone here: the two-column piece ends up at the left, where it cannot stand inset.)
        assertNoOverlap(left);
        assertNoOverlap(right);
    }

    @Test
    void impossiblePinsAreErrorsThatSayWhy() {
        PinException e = assertThrows(PinException.class, () -> maker().make(List.of(
                new ArticleRequest("wide", 9, false, s -> FakeExtent.text(4, 100)))));
        assertTrue(e.getMessage().contains("wide") && e.getMessage().contains("8 columns"), e.getMessage());
        PinException top = assertThrows(PinException.class, () -> maker().make(List.of(
                article("free", 4, 100),
                new ArticleRequest("late", null, true, s -> FakeExtent.text(4, 100)))));
        assertTrue(top.getMessage().contains("late"), top.getMessage());
    }

    /**
     * A photo beside full columns of text stands at the foot of its own, the text above it, so its caption is read
     * after the text beside it, not in the middle of a paragraph; a photo over all the module's columns stands under
     * the headline and the text under its caption.
     */
    @Test
    void photoSlotStaysInsideItsModuleAndTextFlowsAroundIt() throws PinException {
        PagePlan plan = maker().make(List.of(
                new ArticleRequest("photo", null, false, s -> new FakeExtent(5, 250, 1.5, 2)),
                article("b", 3, 150)));
        Module m = plan.modules().get(0);
        PhotoSlot p = m.photo();
        assertTrue(p != null);
        assertTrue(p.col() >= m.col() && p.col() + p.span() <= m.col() + m.span());
        assertTrue(p.col() > m.col(), "the text's first column stands beside the photo: " + p);
        assertEquals(m.line() + m.lines(), p.line() + p.lines() + p.captionLines(), "photo and captions at the foot");
        for (Leg leg : m.legs()) {
            if (leg.col() >= p.col() && leg.col() < p.col() + p.span()) {
                assertEquals(m.line() + m.headlineLines(), leg.line(), "text over the photo starts under the headline");
                assertTrue(leg.line() + leg.count() < p.line(), "leg above photo " + leg + " " + p);
            }
        }
        assertNoOverlap(plan);

        PagePlan narrow = maker().make(List.of(
                new ArticleRequest("photo", 1, false, s -> new FakeExtent(3, 60, 1.5, 1)),
                article("b", 4, 300), article("c", 3, 200)));
        Module n = narrow.modules().get(0);
        PhotoSlot q = n.photo();
        assertEquals(n.col(), q.col(), "a photo over the module's one column");
        assertEquals(n.line() + n.headlineLines(), q.line(), "stands under the headline");
        for (Leg leg : n.legs()) {
            assertTrue(leg.line() > q.line() + q.lines() + q.captionLines(), "text under the captions: " + leg);
        }
    }

    @Test
    void theSameInputGivesTheSamePlan() throws PinException {
        List<ArticleRequest> req = List.of(article("lead", 5, 300), article("b", 3, 120), article("c", 3, 90),
                article("d", 2, 60));
        assertEquals(maker().make(req), maker().make(req));
    }

    private static void assertInside(PagePlan plan) {
        for (Module m : plan.modules()) {
            assertTrue(m.col() >= 0 && m.col() + m.span() <= COLS);
            assertTrue(m.line() >= plan.bodyTop() && m.line() + m.lines() <= plan.bodyTop() + plan.bodyLines(),
                    "module " + m);
            for (Leg l : m.legs()) {
                assertTrue(l.line() + l.count() <= m.line() + m.lines(), "leg " + l + " of " + m);
            }
        }
    }

    /** No grid cell in two modules; a banner module holds its headline rows across its span, its body below. */
    private static void assertNoOverlap(PagePlan plan) {
        java.util.Map<String, Integer> owner = new java.util.HashMap<>();
        for (Module m : plan.modules()) {
            for (int l = m.line(); l < m.line() + m.lines(); l++) {
                int width = l < m.line() + m.headlineLines() ? m.span() : m.bodySpan();
                for (int c = m.col(); c < m.col() + width; c++) {
                    Integer before = owner.put(c + ":" + l, m.article());
                    assertTrue(before == null, "articles " + before + " and " + m.article() + " share column " + c
                            + " line " + l);
                }
            }
        }
    }

    @Test
    void aLongLeadWithTwoShortNeighboursGetsABannerHeadlineInsteadOfTombstones() throws PinException {
        // 8 columns × 56 lines: the lead's text fills five columns under its 4-line headline, two short pieces
        // stack in the other three; set side by side or one above the other, they would not fit.
        PageMaker maker = new PageMaker(8, 0, 56, 117, 9, 13.5);
        PagePlan plan = maker.make(List.of(article("lead", 4, 5 * 52), article("b", 3, 3 * 22), article("c", 3, 3 * 22)));
        Module lead = plan.modules().get(0);
        assertEquals(8, lead.span(), "the lead's headline runs across the page");
        assertTrue(lead.bodySpan() < 8, "its body keeps fewer columns: " + lead.bodySpan());
        for (Module m : plan.modules()) {
            for (Leg l : m.legs()) {
                assertTrue(l.col() >= m.col() && l.col() < m.col() + m.bodySpan(), "leg outside the body columns");
            }
            if (m != lead) {
                assertTrue(m.line() >= lead.line() + lead.headlineLines(), "a neighbour starts beside the banner");
            }
        }
        assertEquals(0, plan.oversetLines());
        assertNoTombstones(plan);
        assertNoOverlap(plan);
    }

    @Test
    void articlesOfTheSameSpanStackInACell() throws PinException {
        PageMaker maker = new PageMaker(8, 0, 56, 117, 9, 13.5);
        PagePlan plan = maker.make(List.of(article("lead", 4, 5 * 52), article("b", 3, 3 * 22), article("c", 3, 3 * 22)));
        Module b = plan.modules().get(1);
        Module c = plan.modules().get(2);
        assertEquals(b.col(), c.col());
        assertEquals(b.span(), c.span());
        assertTrue(c.line() > b.line() + b.lines() - 1, "c stands under b");
    }

    /**
     * No two headline blocks side by side: blocks whose columns touch (one ends where the other starts) never share a
     * grid line. An inset headline's block starts after the column of text beside it.
     */
    static void assertNoTombstones(PagePlan plan) {
        for (Module a : plan.modules()) {
            for (Module b : plan.modules()) {
                if (a == b || a.lines() == 0 || b.lines() == 0 || a.headlineLines() == 0 || b.headlineLines() == 0) {
                    continue;
                }
                boolean touch = a.headCol() + a.headSpan() == b.headCol();
                boolean shareLine = a.line() < b.line() + b.headlineLines() && b.line() < a.line() + a.headlineLines();
                assertFalse(touch && shareLine, "headlines of articles " + a.article() + " and " + b.article()
                        + " side by side from line " + Math.max(a.line(), b.line()));
            }
        }
    }

    @Test
    void anArticleBesideANeighboursHeadlineStandsInsetWithItsTextBetweenTheTwo() throws PinException {
        // Two articles side by side under a lead: the left one's last column of text starts at the band's top,
        // beside its headline, so the two headlines never meet.
        PageMaker maker = new PageMaker(8, 0, 60, 117, 9, 13.5);
        PagePlan plan = maker.make(List.of(article("lead", 4, 8 * 30), article("b", 3, 3 * 20),
                article("c", 3, 5 * 20)));
        assertNoTombstones(plan);
        assertNoOverlap(plan);
        assertInside(plan);
        Module b = plan.modules().get(1);
        Module c = plan.modules().get(2);
        assertEquals(b.line(), c.line(), "b and c share a band");
        Module left = b.col() < c.col() ? b : c;
        assertEquals(left.col(), left.headCol(), "the left one's headline starts at its first column");
        assertEquals(left.span() - 1, left.headSpan(), "and leaves its last column to text");
        Leg last = left.legs().get(left.legs().size() - 1);
        assertEquals(left.col() + left.span() - 1, last.col());
        assertEquals(left.line(), last.line(), "its last leg starts at the module's top, beside the headline");
        for (Leg l : left.legs().subList(0, left.legs().size() - 1)) {
            assertEquals(left.line() + left.headlineLines(), l.line(), "the other legs start under the headline");
        }
        int placed = left.legs().stream().mapToInt(Leg::count).sum();
        assertEquals(left.article() == 1 ? 3 * 20 : 5 * 20, placed, "every line placed");
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (Leg l : left.legs()) {
            lo = Math.min(lo, l.line() + l.count());
            hi = Math.max(hi, l.line() + l.count());
        }
        assertTrue(hi - lo <= 1, "legs end within one line: " + lo + "–" + hi);
    }

    @Test
    void aOneColumnPieceStandsAtTheRightOfItsBandWhereItNeedsNoInset() throws PinException {
        // A one-column piece cannot take an inset headline; set with the other article's headline beside its own on
        // the right it would tombstone. At the band's right edge it needs none: its neighbour stands inset.
        PageMaker maker = new PageMaker(5, 0, 60, 117, 9, 13.5);
        for (boolean narrowFirst : new boolean[] {false, true}) {
            ArticleRequest wide = article("wide", 3, 4 * 55);
            ArticleRequest narrow = article("narrow", 4, 55);
            PagePlan plan = maker.make(narrowFirst ? List.of(narrow, wide) : List.of(wide, narrow));
            assertNoTombstones(plan);
            assertNoOverlap(plan);
            assertEquals(0, plan.oversetLines());
            Module w = plan.modules().get(narrowFirst ? 1 : 0);
            Module n = plan.modules().get(narrowFirst ? 0 : 1);
            assertEquals(1, n.span(), "a narrow piece: " + plan.modules());
            assertEquals(w.line(), n.line(), "side by side: " + plan.modules());
            assertEquals(4, n.col(), "the one-column piece stands at the right edge, whichever comes first");
            assertEquals(w.span() - 1, w.headSpan(), "the wide one's headline is inset");
        }
    }

    @Test
    void anInsetHeadlineStandsOnlyOverTextAtLeastAsDeepAsItself() throws PinException {
        // Short pieces with deep headlines: set inset, most of their text would run beside the headline and the legs
        // under it would be a line or two.
        PageMaker maker = new PageMaker(5, 0, 80, 117, 9, 13.5);
        List<ArticleRequest> req = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            req.add(article("brief" + i, 5, 8 + 3 * (i % 4)));
        }
        PagePlan plan = maker.make(req);
        assertNoOverlap(plan);
        for (Module m : plan.modules()) {
            if (m.headSpan() < m.bodySpan()) {
                for (Leg l : m.legs()) {
                    boolean under = l.col() < m.headCol() + m.headSpan();
                    if (under) {
                        assertTrue(l.count() + 1 >= m.headlineLines(), "a leg of " + l.count() + " lines under a "
                                + m.headlineLines() + "-line inset headline: " + m);
                    }
                }
            }
        }
    }

    @Test
    void aPageOfManyArticlesHasNoTombstones() throws PinException {
        PageMaker maker = new PageMaker(8, 0, 120, 117, 9, 13.5);
        List<ArticleRequest> req = new ArrayList<>();
        int[][] sizes = {{4, 300}, {3, 120}, {3, 110}, {3, 80}, {2, 60}, {3, 50}, {2, 40}, {2, 30}};
        for (int i = 0; i < sizes.length; i++) {
            req.add(article("a" + i, sizes[i][0], sizes[i][1]));
        }
        PagePlan plan = maker.make(req);
        assertNoTombstones(plan);
        assertNoOverlap(plan);
        assertInside(plan);
        assertEquals(0, plan.oversetLines());
    }
}
