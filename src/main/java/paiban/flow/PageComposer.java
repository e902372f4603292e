package paiban.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Page;
import paiban.model.Place;
import paiban.spec.HeadlineLadder;
import paiban.spec.Rank;

/**
 * Composes one page of an issue: its own articles in order of importance, then what earlier pages passed on. When
 * the page is over-full and a later page follows, its least important own articles move on whole (the lead always
 * stays) rather than cutting what continues here; what still does not fit is cut at the foot and goes on as a rest.
 */
final class PageComposer {

    /**
     * Articles composed on one page at most; any after them move on to the next page, or are reported as overset,
     * whole, after the last. Far more than a page can show (every module takes a headline block and a line of text),
     * so it only bounds the work a runaway file can cause.
     */
    static final int MAX_ARTICLES_PER_PAGE = 100;
    /** An article that jumps keeps at least this many lines, or a third of its text, on its first page. */
    static final int STUB_LINES = 15;
    /** The most text, in column-lines one column wide, a page's search is given, as a multiple of its room. */
    static final double ROOM_FACTOR = 1.5;

    private final BodySizePolicy sizes;
    private final PieceGalleys galleys;
    private final PagePlanner planner;

    PageComposer(BodySizePolicy sizes, PieceGalleys galleys) {
        this.sizes = sizes;
        this.galleys = galleys;
        this.planner = new PagePlanner(galleys);
    }

    /**
     * @param arriving what earlier pages passed on, in order
     * @param more     whether a later page follows (else what does not fit is overset)
     */
    /**
     * Above this share of its column-lines empty, a page that pushed its own articles on for arrivals is made again
     * with the arrivals moved on instead (the share at which a page is named underfull).
     */
    private static final double EVICTION_EMPTY = 0.03;

    PageComposition compose(Page page, List<Piece> arriving, boolean more) {
        boolean front = page.number() == 1;
        List<Piece> pieces = new ArrayList<>();
        HeadlineLadder ladder = sizes.base().spec().headlines();
        for (Article a : leadFirst(page.articles(), galleys)) {
            pieces.add(Piece.whole(a, page.number(), Rank.of(pieces.size(), bodyCharacters(a), ladder)));
        }
        pieces.addAll(arriving);
        List<Piece> overflow = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int own = page.articles().size();
        if (pieces.size() > MAX_ARTICLES_PER_PAGE) {
            List<Piece> beyond = pieces.subList(MAX_ARTICLES_PER_PAGE, pieces.size());
            warnings.add(Warning.at(Warning.Code.TOO_MANY_ARTICLES, page.pos(), more ? "page.too-many-articles-move"
                    : "page.too-many-articles", page.number(), pieces.size(), MAX_ARTICLES_PER_PAGE));
            overflow.addAll(beyond); // after the last page they are reported as overset, whole
            beyond.clear();
            own = Math.min(own, MAX_ARTICLES_PER_PAGE);
        }
        List<Piece> moved = new ArrayList<>();
        // What cannot possibly fit goes on before the search, so a page of a hundred articles costs what one of
        // twenty does: a bound on the page maker's work that depends on the text only, never on a clock.
        int fit = fitting(page, front, pieces);
        List<Piece> beyond = new ArrayList<>(pieces.subList(fit, pieces.size())); // after what the page passes on
        for (int i = fit; i < own; i++) {
            moved.add(pieces.get(i));
        }
        own = Math.min(own, fit);
        pieces.subList(fit, pieces.size()).clear();
        BriefsHead.tag(page, sizes.base().spec().furniture().briefsHead(), pieces,
                planner.briefRuns(sizes.base(), page, pieces), warnings);
        PlannedPage.Planner plan = (grid, jumps) -> planner.plan(grid, front, page, pieces, jumps);
        PagePlan atBase = Copyfit.fit(page, pieces, galleys, plan, sizes.base(), more, plan.plan(sizes.base(), more),
                warnings);
        // the lead always stays, and so does a guide (导读): it lists the later pages from this one
        int stays = pieces.size() > 1 && galleys.isGuide(pieces.get(1).article()) ? 2 : 1;
        List<Piece> before = new ArrayList<>(pieces);
        int ownBefore = own;
        if (more && atBase.oversetLines() > 0 && own > stays && !jumpsWell(atBase, pieces)) {
            int start = Math.max(stays, Math.min(own - 1, ownFilling(page, front, before, own)));
            KeptOwn kept = keptOwn(pieces, before, own, stays, plan, start);
            for (int i = own - 1; i >= kept.count(); i--) {
                moved.add(before.get(i));
                overflow.add(before.get(i));
            }
            own = kept.count();
            atBase = kept.plan();
        }
        if (more && own < ownBefore && atBase.emptyShare() > EVICTION_EMPTY && lastWholeArrival(pieces, own) >= 0) {
            // Whole articles an earlier page passed on pushed this page's own articles out and the page stands
            // emptier than a full page should: a piece that cannot be planned well here (a pinned one-column box,
            // say) can push out one own article after another. Try moving those arrivals on instead, least
            // important (last) first, and keep whichever page is fuller.
            List<Piece> kept = new ArrayList<>(pieces);
            pieces.clear();
            pieces.addAll(before);
            int altOwn = ownBefore;
            List<Piece> altMoved = new ArrayList<>();
            PagePlan alt = plan.plan(sizes.base(), more);
            while (alt.oversetLines() > 0 && !jumpsWell(alt, pieces)) {
                int last = lastWholeArrival(pieces, altOwn);
                if (last < 0 && altOwn <= stays) {
                    break;
                }
                int at = last >= 0 ? last : --altOwn;
                altMoved.add(pieces.remove(at));
                alt = plan.plan(sizes.base(), more);
            }
            boolean altStands = alt.oversetLines() <= atBase.oversetLines() || jumpsWell(alt, pieces);
            if (altStands && alt.emptyShare() < atBase.emptyShare()) {
                moved.subList(moved.size() - (ownBefore - own), moved.size()).clear();
                overflow.subList(overflow.size() - (ownBefore - own), overflow.size()).clear();
                moved.addAll(altMoved);
                overflow.addAll(altMoved);
                own = altOwn;
                atBase = alt;
            } else {
                pieces.clear();
                pieces.addAll(kept);
            }
        }
        // An article that would start here with a stub and jump with most of its text moves on whole instead.
        for (int stub = stubStart(atBase, pieces, more); stub > 0; stub = stubStart(atBase, pieces, more)) {
            moved.add(pieces.get(stub));
            overflow.add(pieces.remove(stub));
            own -= stub < own ? 1 : 0;
            atBase = plan.plan(sizes.base(), more);
        }
        PlannedPage planned = sizes.choose(pieces, new PlannedPage(sizes.base(), atBase), plan,
                grid -> planner.briefRuns(grid, page, pieces).stream().mapToInt(run -> run[1] - run[0]).sum());
        PageComposition done = settle(page, front, more, pieces, planned, overflow, warnings, moved);
        if (beyond.isEmpty()) {
            return done;
        }
        List<Piece> onward = new ArrayList<>(done.overflow());
        onward.addAll(beyond);
        return new PageComposition(done.page(), done.front(), done.planned(), done.pieces(), done.galleys(), onward,
                done.jumps(), done.overset(), done.warnings(), done.moved());
    }

    /**
     * What each module shows and what goes on: a module with no line placed passes its piece on whole; one cut at
     * the foot gives its last placed line to the 下转 line and passes the rest of its lines on; on the last page
     * what does not fit is overset.
     */
    private PageComposition settle(Page page, boolean front, boolean more, List<Piece> pieces, PlannedPage planned,
                                   List<Piece> overflow, List<Warning> warnings, List<Piece> moved) {
        warnings.addAll(PagePlanner.misses(page, planned.plan(), pieces));
        Map<Integer, ArticleGalley> shown = new HashMap<>();
        List<JumpOwed> jumps = new ArrayList<>();
        List<Overset> overset = new ArrayList<>();
        for (Module m : planned.plan().modules()) {
            Piece piece = pieces.get(m.article());
            ArticleGalley galley = galleyOf(piece, m, planned.grid());
            int placed = m.placed();
            if (m.overset() > 0 && more && placed == 0) {
                overflow.add(piece);
                moved.add(piece);
                continue;
            }
            if (m.overset() > 0 && more) {
                // a continuation's first line is its 上接 line: when only it stands here, the rest is all its text
                int from = piece.isRest() && placed == 1 ? 1 : placed - 1;
                Piece rest = Piece.rest(piece.article(), galley.body().subList(from, galley.body().size()), page.number());
                overflow.add(rest);
                jumps.add(new JumpOwed(m.article(), placed, rest));
                Overset photos = OversetCount.photos(page, galley, m);
                if (photos != null) {
                    overset.add(photos);
                }
            } else {
                Overset o = OversetCount.of(page, galley, m, planned.grid().geometry());
                if (o != null) {
                    overset.add(o);
                }
            }
            shown.put(m.article(), galley);
        }
        return new PageComposition(page, front, planned, pieces, shown, overflow, jumps, overset, warnings, moved);
    }

    /**
     * How many of the pieces, in order, the page could hold at most: those whose predecessors' text set one column
     * wide (headline, body and a gap line each) still leaves room within {@value #ROOM_FACTOR} times the page's
     * column-lines; so the first always counts, and a long one may still start here and jump.
     */
    private int fitting(Page page, boolean front, List<Piece> pieces) {
        BodyGrid grid = sizes.base();
        long room = (long) (ROOM_FACTOR * grid.freeColumnLines(front, page));
        long need = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (need > room) {
                return i;
            }
            need += oneColumnLines(pieces.get(i), grid);
        }
        return pieces.size();
    }

    /** The index of the last whole article among the pieces that arrived from earlier pages, or -1. */
    private static int lastWholeArrival(List<Piece> pieces, int own) {
        for (int i = pieces.size() - 1; i >= own; i--) {
            if (!pieces.get(i).isRest()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many own articles (the first {@code own} of {@code pieces}) the page's room holds by their text set one
     * column wide, after what arrived from earlier pages (which always stays).
     */
    private int ownFilling(Page page, boolean front, List<Piece> pieces, int own) {
        BodyGrid grid = sizes.base();
        long room = grid.freeColumnLines(front, page);
        long need = 0;
        for (int i = own; i < pieces.size(); i++) {
            need += oneColumnLines(pieces.get(i), grid);
        }
        for (int i = 0; i < own; i++) {
            need += oneColumnLines(pieces.get(i), grid);
            if (need > room) {
                return i;
            }
        }
        return own;
    }

    private int oneColumnLines(Piece piece, BodyGrid grid) {
        var galley = galleys.at(piece, grid.setter(), 1);
        return galley.headlineLines() + galley.bodyLines() + 1;
    }

    /** How many of its own articles a page keeps, and its plan with them. */
    private record KeptOwn(int count, PagePlan plan) {
    }

    /**
     * The most own articles (at least {@code stays}, fewer than {@code own}) with which the page fits or jumps well,
     * the least important moving on. The first count tried is {@code start}, what the text could fill; then one, two,
     * four … below it until the page stands, then the counts are halved between the last that stands and the first
     * that does not: a page of a hundred articles is planned a handful of times, not once per article that moves, and
     * a page whose text fits its room tries the counts one by one from the top, as an editor would. {@code pieces}
     * (the list the planner reads) ends holding the kept own articles and what arrived.
     */
    private KeptOwn keptOwn(List<Piece> pieces, List<Piece> all, int own, int stays, PlannedPage.Planner plan,
                            int start) {
        int bad = own;
        int good = -1;
        PagePlan kept = null;
        for (int step = 0; good < 0; step = Math.max(1, 2 * step)) {
            int probe = Math.max(stays, start - step);
            PagePlan p = planWith(pieces, all, own, probe, plan);
            if (probe == stays || stands(p, pieces)) {
                good = probe;
                kept = p;
            } else {
                bad = probe;
            }
        }
        while (bad - good > 1) {
            int mid = (good + bad) >>> 1;
            PagePlan p = planWith(pieces, all, own, mid, plan);
            if (stands(p, pieces)) {
                good = mid;
                kept = p;
            } else {
                bad = mid;
            }
        }
        keep(pieces, all, own, good);
        return new KeptOwn(good, kept);
    }

    /** The page's plan at the base size with its first {@code count} own articles and all that arrived. */
    private PagePlan planWith(List<Piece> pieces, List<Piece> all, int own, int count, PlannedPage.Planner plan) {
        keep(pieces, all, own, count);
        return plan.plan(sizes.base(), true);
    }

    private static void keep(List<Piece> pieces, List<Piece> all, int own, int count) {
        pieces.clear();
        pieces.addAll(all.subList(0, count));
        pieces.addAll(all.subList(own, all.size()));
    }

    /** Whether the page may stand as planned: all fits, or what runs over jumps well. */
    private static boolean stands(PagePlan plan, List<Piece> pieces) {
        return plan.oversetLines() == 0 || jumpsWell(plan, pieces);
    }

    /**
     * Whether the page may stand as planned although text runs over: one article only is cut, it keeps enough
     * here ({@link #STUB_LINES} lines or a third of its text) to read as a start, and what jumps is no mere tail
     * (at least {@link #STUB_LINES} lines), so the page stays full rather than passing it on whole and leaving its
     * room empty.
     */
    private static boolean jumpsWell(PagePlan plan, List<Piece> pieces) {
        int cut = 0;
        for (Module m : plan.modules()) {
            if (m.overset() > 0) {
                int placed = m.placed();
                if (placed == 0 || cut++ > 0 || (placed < STUB_LINES && 3 * placed < placed + m.overset())
                        || m.overset() < STUB_LINES) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The index of a whole article (not the page's first) that the plan cuts at the foot leaving fewer than
     * {@link #STUB_LINES} lines and less than a third of its text here; 0 when there is none.
     */
    private static int stubStart(PagePlan plan, List<Piece> pieces, boolean more) {
        if (!more) {
            return 0;
        }
        for (Module m : plan.modules()) {
            int placed = m.placed();
            int total = placed + m.overset();
            if (m.article() > 0 && !pieces.get(m.article()).isRest() && m.overset() > 0 && placed > 0
                    && placed < STUB_LINES && 3 * placed < total) {
                return m.article();
            }
        }
        return 0;
    }

    /** The piece's galley at its module's span; an inset headline is set at its own, narrower width. */
    private ArticleGalley galleyOf(Piece piece, Module m, BodyGrid grid) {
        ArticleGalley galley = galleys.at(piece, grid.setter(), m.span());
        if (m.headSpan() != m.span()) {
            // the body is the same at any span
            galley = galley.withHead(galleys.at(piece, grid.setter(), m.headSpan()).head());
        }
        return galley;
    }

    /** The characters of an article's paragraphs: what makes it a brief. */
    private static int bodyCharacters(Article a) {
        int n = 0;
        for (paiban.model.Block b : a.body()) {
            if (b instanceof paiban.model.Paragraph p) {
                n += p.text().codePointCount(0, p.text().length());
            }
        }
        return n;
    }

    /**
     * The article pinned as the page's lead (头条) goes first, and the page's guide (导读) second, standing near the
     * top; the others keep their order.
     */
    private static List<Article> leadFirst(List<Article> articles, PieceGalleys galleys) {
        List<Article> out = new ArrayList<>(articles);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).place() == Place.LEAD) {
                out.add(0, out.remove(i));
                break;
            }
        }
        for (int i = 1; i < out.size(); i++) {
            if (galleys.isGuide(out.get(i))) {
                out.add(1, out.remove(i));
                break;
            }
        }
        return out;
    }
}
