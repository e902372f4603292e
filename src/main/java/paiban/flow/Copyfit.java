package paiban.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.compose.PhotoSlot;
import paiban.galley.ArticleGalley;
import paiban.galley.HeadlineFit;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.spec.PageGeometry;

/**
 * Copyfitting before overset or a jump: a page up to {@value #MAX_LINES} body lines over is made to fit by what an
 * editor gives up first, in this order, each taken only while the page is still over:
 * <ol>
 *   <li>the photo, within its allowed crop (±10 % of its aspect) and size (half its module's columns at least): the
 *       page maker does this itself once told the page must fit (a page that could jump is planned again as if it
 *       were the last);</li>
 *   <li>headline air: every headline block keeps only its text and the body's line gap under it, not half a line
 *       more;</li>
 *   <li>headlines a step down the ladder ({@link HeadlineFit}), the page's least important article first, each never
 *       below the next article's headline nor its rank, so the lead stays the largest and the order of the page
 *       holds;</li>
 *   <li>the paragraphs the editor marked {@code cuttable:}, the last marked first, from the least important article
 *       up.</li>
 * </ol>
 * Air and steps the fitted page turns out not to need are given back, the last taken first. A page so fitted is a
 * warning saying how far over it was (code {@code fitted}), and every measure kept one naming the article (code
 * {@code fit-photo}, {@code fit-air}, {@code fit-headline}, {@code cut}). When even all of them cannot make the page
 * fit nothing is taken: the page jumps or is overset as it was, and on the last page a warning says how far over it
 * is ({@code fit-failed}). Nor is a page a later page follows held on its page at the price of holes (more than
 * {@link BodySizePolicy#HOLE} of its body area empty, and emptier than the plan that jumps): it jumps or moves on as it was.
 */
final class Copyfit {
    /** The largest overflow, in body lines, that copyfitting absorbs; beyond it the text jumps or is overset. */
    static final int MAX_LINES = 10;

    private final Page page;
    private final List<Piece> pieces;
    private final PieceGalleys galleys;
    private final PlannedPage.Planner planner;
    private final BodyGrid grid;
    /** A warning per paragraph cut, in the order cut. */
    private final List<Warning> cuts = new ArrayList<>();

    private Copyfit(Page page, List<Piece> pieces, PieceGalleys galleys, PlannedPage.Planner planner, BodyGrid grid) {
        this.page = page;
        this.pieces = pieces;
        this.galleys = galleys;
        this.planner = planner;
        this.grid = grid;
    }

    /**
     * The plan after what was needed to fit, {@code pieces} changed in place to the fitted and cut articles and a
     * warning per measure in {@code notes}; the plan as it was, and {@code pieces} untouched, when copyfitting cannot
     * make the page fit.
     */
    static PagePlan fit(Page page, List<Piece> pieces, PieceGalleys galleys, PlannedPage.Planner planner,
                        BodyGrid grid, boolean more, PagePlan over, List<Warning> notes) {
        if (over.oversetLines() == 0) {
            return over;
        }
        // told it must fit, the page maker takes the photo to its tightest crop and smallest size and the air away
        PagePlan fitting = more ? planner.plan(grid, false) : over;
        int lines = fitting.oversetLines();
        if (lines > MAX_LINES) {
            if (!more) {
                notes.add(Warning.at(Warning.Code.FIT_FAILED, page.pos(), "page.fit-too-far", page.number(), lines,
                        MAX_LINES));
            }
            return over;
        }
        List<Piece> before = new ArrayList<>(pieces);
        Copyfit fitter = new Copyfit(page, pieces, galleys, planner, grid);
        PagePlan plan = fitter.absorb(fitting);
        if (more && plan.oversetLines() == 0 && plan.emptyShare() > BodySizePolicy.HOLE && plan.emptyShare() > over.emptyShare()) {
            // held on its page only by leaving holes in it (a module stretched beside a cropped photo, a column
            // standing short): a page with a later page jumps or moves on as before rather than print white
            pieces.clear();
            pieces.addAll(before);
            return over;
        }
        if (plan.oversetLines() > 0) {
            pieces.clear();
            pieces.addAll(before);
            if (!more) {
                notes.add(Warning.at(Warning.Code.FIT_FAILED, page.pos(), "page.fit-failed", page.number(), lines,
                        plan.oversetLines()));
            }
            return over;
        }
        // a page that could jump and holds all its text once the page maker is told it must: what would have jumped
        notes.add(lines > 0 ? Warning.at(Warning.Code.FITTED, page.pos(), "page.fitted", page.number(), lines)
                : Warning.at(Warning.Code.FITTED, page.pos(), "page.fitted-not-jumped", page.number(),
                        over.oversetLines()));
        notes.addAll(fitter.photos(plan));
        notes.addAll(fitter.heads(plan, before));
        notes.addAll(fitter.cuts);
        return plan;
    }

    /**
     * Headline air, then headlines a step down, until the page fits; what the page turns out not to need is given
     * back (the last taken first); then, if the page is still over, cuttable paragraphs.
     */
    private PagePlan absorb(PagePlan plan) {
        List<Integer> taken = new ArrayList<>(); // -1 for the air, else the index of a stepped headline
        if (plan.oversetLines() > 0) {
            for (int i = 0; i < pieces.size(); i++) {
                if (fittable(pieces.get(i))) {
                    pieces.set(i, pieces.get(i).fitted(pieces.get(i).fit().tightened()));
                }
            }
            taken.add(-1);
            plan = replan();
        }
        for (int i = pieces.size() - 1; i >= 0 && plan.oversetLines() > 0; i--) {
            Piece p = pieces.get(i);
            if (!fittable(p)) {
                continue;
            }
            Piece stepped = p.fitted(p.fit().stepDown(floor(plan, i)));
            if (headlineSize(plan, i, stepped) < headlineSize(plan, i, p) - 0.01f) {
                pieces.set(i, stepped); // else at its rung's foot, or at the next article's size: no step to take
                taken.add(i);
                plan = replan();
            }
        }
        if (plan.oversetLines() == 0) {
            plan = giveBack(plan, taken);
        }
        for (int i = pieces.size() - 1; i >= 0 && plan.oversetLines() > 0; i--) {
            Piece p = pieces.get(i);
            if (p.isRest()) {
                continue;
            }
            Article a = p.article();
            List<Integer> marks = new ArrayList<>(a.cuttable());
            marks.sort(Comparator.reverseOrder());
            for (int n : marks) {
                if (plan.oversetLines() == 0) {
                    break;
                }
                cuts.add(note(a, n));
                a = a.withoutParagraph(n);
                pieces.set(i, Piece.whole(a, p.fromPage(), p.rank()).fitted(p.fit()));
                plan = replan();
            }
        }
        return plan;
    }

    /** The measures of a fitting plan the page does not need, given back the last taken first. */
    private PagePlan giveBack(PagePlan plan, List<Integer> taken) {
        for (int k = taken.size() - 1; k >= 0; k--) {
            int i = taken.get(k);
            List<Piece> fitted = new ArrayList<>(pieces);
            if (i < 0) {
                for (int j = 0; j < pieces.size(); j++) {
                    HeadlineFit f = pieces.get(j).fit();
                    if (f.tight()) {
                        pieces.set(j, pieces.get(j).fitted(new HeadlineFit(f.steps(), f.floor(), false)));
                    }
                }
            } else {
                HeadlineFit f = pieces.get(i).fit();
                pieces.set(i, pieces.get(i).fitted(new HeadlineFit(f.steps() - 1, f.floor(), f.tight())));
            }
            PagePlan without = replan();
            if (without.oversetLines() == 0) {
                plan = without;
            } else {
                pieces.clear();
                pieces.addAll(fitted);
            }
        }
        return plan;
    }

    private PagePlan replan() {
        return planner.plan(grid, false);
    }

    /**
     * A whole article with a headline block across its module; the rest of a jumped one, a guide and a vertical head
     * keep theirs.
     */
    private boolean fittable(Piece p) {
        return !p.isRest() && !galleys.isGuide(p.article()) && !p.article().furniture().verticalHead();
    }

    /**
     * The smallest size piece {@code i}'s headline may take: that of the next article's headline as it stands, and no
     * smaller than the next article's rank allows, so an article steps down at most to the rank of the one after it.
     */
    private float floor(PagePlan plan, int i) {
        if (i + 1 >= pieces.size() || !fittable(pieces.get(i + 1))) {
            return 0;
        }
        Piece next = pieces.get(i + 1);
        return Math.max(headlineSize(plan, i + 1, next), grid.spec().headlines().rung(next.rank()).smallest());
    }

    /** The headline size of the piece set at the width its module on the plan gives its headline. */
    private float headlineSize(PagePlan plan, int i, Piece p) {
        return galleys.at(p, grid.setter(), headSpan(plan, i)).head().headlineSize();
    }

    private static int headSpan(PagePlan plan, int i) {
        for (Module m : plan.modules()) {
            if (m.article() == i) {
                return m.headSpan();
            }
        }
        return 1;
    }

    private static Module module(PagePlan plan, int i) {
        for (Module m : plan.modules()) {
            if (m.article() == i) {
                return m;
            }
        }
        return null;
    }

    /** A photo the fitted page shows shorter than its own shape over its module's columns would stand. */
    private List<Warning> photos(PagePlan plan) {
        List<Warning> out = new ArrayList<>();
        PageGeometry g = grid.geometry();
        for (int i = 0; i < pieces.size(); i++) {
            Module m = module(plan, i);
            PhotoSlot ph = m == null ? null : m.photo();
            if (ph == null) {
                continue;
            }
            ArticleGalley galley = galleys.at(pieces.get(i), grid.setter(), m.span());
            int natural = (int) Math.ceil((g.spanWidth(m.bodySpan()) / galley.photoAspect() + galley.photoAir())
                    / g.linePitch() - 1e-9);
            if (ph.lines() < natural) {
                out.add(Warning.at(Warning.Code.FIT_PHOTO, pieces.get(i).article().pos(), "page.fit-photo",
                        page.number(), MessageTitle.of(pieces.get(i).article()), ph.lines(), ph.span(), m.bodySpan(),
                        natural));
            }
        }
        return out;
    }

    /** What was taken from each headline block: its air, a size down. */
    private List<Warning> heads(PagePlan plan, List<Piece> before) {
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Module m = module(plan, i);
            if (p.fit().equals(HeadlineFit.NONE) || m == null) {
                continue;
            }
            Article a = p.article();
            Piece loose = p.fitted(new HeadlineFit(p.fit().steps(), p.fit().floor(), false));
            int air = lines(loose, m) - lines(p, m);
            if (p.fit().tight() && air > 0) {
                out.add(Warning.at(Warning.Code.FIT_AIR, a.pos(), "page.fit-air", page.number(), MessageTitle.of(a),
                        lines(p, m), lines(loose, m)));
            }
            float was = headlineSize(plan, i, before.get(i));
            float now = headlineSize(plan, i, p);
            if (now < was - 0.01f) {
                out.add(Warning.at(Warning.Code.FIT_HEADLINE, a.pos(), "page.fit-headline", page.number(),
                        MessageTitle.of(a), points(now), points(was)));
            }
        }
        return out;
    }

    private int lines(Piece p, Module m) {
        return galleys.at(p, grid.setter(), m.headSpan()).headlineLines();
    }

    /** A size as the desk writes it: 42, 10.5. */
    private static String points(float size) {
        return size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(Math.round(size * 10) / 10f);
    }

    private Warning note(Article a, int n) {
        Paragraph p = a.paragraph(n);
        String text = p == null ? "" : p.text().strip();
        return Warning.at(Warning.Code.CUT, a.pos(), "page.cut", page.number(), MessageTitle.of(a), n,
                text.length() > 16 ? text.substring(0, 16) + "…" : text, text.length());
    }
}
