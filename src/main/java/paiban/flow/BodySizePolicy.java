package paiban.flow;

import java.util.List;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.galley.GalleyCache;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.spec.LayoutSpec;

/**
 * Which body size a page is set in: the layout's own, or the larger one it permits ({@code grid: larger-body:})
 * for a page its articles fill only thinly at the base size. The larger size is tried on a page (the front page too:
 * its masthead keeps its depth in points and the body under it takes the larger grid) whose articles all fit but
 * cost the page maker more than
 * {@value #THIN} per column-line (air, holes, short legs in wide modules), none of them the rest of an article cut
 * on an earlier page (that text is already set at the base size). It is taken when everything still fits and the
 * plan costs at most {@value #FILL_GAIN} of the base one per column-line, or
 * leaves at most that share of the base plan's empty column-lines for no more cost, or, on a page with a hole (more
 * than {@value #HOLE} of its body area empty), for at most {@value #HOLE_PRICE} times the cost.
 */
final class BodySizePolicy {

    /** Cost per column-line above which a page is thin; a well-filled page costs well under it (samples: 0.01–0.22). */
    static final double THIN = 0.25;
    /** The larger body size is taken when it costs at most this share of the base size's plan, per column-line. */
    static final double FILL_GAIN = 0.8;

    /** A base plan leaving more than this share of its body area empty has a hole (the underfull limit). */
    static final double HOLE = 0.03;
    /** How much dearer per column-line a plan that shrinks such a hole may be. */
    static final double HOLE_PRICE = 1.5;

    private final BodyGrid base;
    private final LayoutSpec largerSpec;
    private final FontLibrary fonts;
    /** Opened on the first thin page: most issues never need it. */
    private BodyGrid larger;

    /** @param largerSpec the layout at its larger body size, or null when it permits none */
    BodySizePolicy(BodyGrid base, LayoutSpec largerSpec, FontLibrary fonts) {
        this.base = base;
        this.largerSpec = largerSpec;
        this.fonts = fonts;
    }

    BodyGrid base() {
        return base;
    }

    /**
     * The page as it will be set: {@code atBase} (planned on the base grid), or the same pieces planned again on the
     * larger grid when the page is thin and that fills it better. A pin the larger size cannot honour makes it give
     * way: it is only a means of filling. Nor may it cost a page its briefs: {@code briefs} counts the pieces that
     * stack as briefs on a grid, and at the larger size a piece can grow too long to be one and stand as a strip.
     */
    PlannedPage choose(List<Piece> pieces, PlannedPage atBase, PlannedPage.Planner planner,
                       java.util.function.ToIntFunction<BodyGrid> briefs) {
        if (largerSpec == null || !thin(atBase.plan(), pieces)) {
            return atBase;
        }
        BodyGrid grid = larger();
        if (briefs.applyAsInt(grid) < briefs.applyAsInt(base)) {
            return atBase;
        }
        PagePlan fuller;
        try {
            fuller = planner.plan(grid, false);
        } catch (PinException e) {
            return atBase;
        }
        return fills(fuller, atBase.plan()) ? new PlannedPage(grid, fuller) : atBase;
    }

    /**
     * Whether the larger size's plan fills the page better: it holds every line and is clearly cheaper, or it leaves
     * clearly less of the body area empty for no more cost. The page maker's cost also weighs short legs and
     * rules, so a page whose air the larger size takes up can cost nearly as much as before and still be the one
     * an editor would sign.
     */
    static boolean fills(PagePlan fuller, PagePlan base) {
        if (fuller.oversetLines() > 0) {
            return false;
        }
        boolean cheaper = fuller.costPerColumnLine() < base.costPerColumnLine() * FILL_GAIN;
        boolean airless = fuller.emptyShare() < base.emptyShare() * FILL_GAIN
                && fuller.costPerColumnLine() <= base.costPerColumnLine();
        // a page with a hole a reader sees takes the size that shrinks it, even at some cost in short legs
        boolean holeShrinks = base.emptyShare() > HOLE && fuller.emptyShare() < base.emptyShare() * FILL_GAIN
                && fuller.costPerColumnLine() <= base.costPerColumnLine() * HOLE_PRICE;
        return cheaper || airless || holeShrinks;
    }

    /**
     * A page worth trying at the larger body size (see the class comment); never a page with a module fixed by hand,
     * whose lines are counted on the base grid.
     */
    static boolean thin(PagePlan plan, List<Piece> pieces) {
        return plan.oversetLines() == 0 && plan.costPerColumnLine() > THIN
                && pieces.stream().noneMatch(Piece::isRest)
                && pieces.stream().noneMatch(p -> p.article().fixed().hasPosition() || p.article().fixed().hasSize());
    }

    private BodyGrid larger() {
        if (larger == null) {
            // set paragraphs go where the base size's go, so a warm process keeps both sizes' (GalleyCache)
            GalleyCache cache = base.setter().cache();
            StyleBook styles = cache.styles(largerSpec, fonts);
            larger = BodyGrid.of(largerSpec, styles, new GalleySetter(styles, cache));
        }
        return larger;
    }
}

