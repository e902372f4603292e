package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.compose.ArticleRequest;
import paiban.compose.FixedModule;
import paiban.model.Fixed;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.model.Page;
import paiban.model.Place;

/**
 * Asks the page maker for a page's plan on a grid: the pieces become requests carrying their pins, and the pins
 * the page maker does not steer by (bottom, left, right) are checked on the finished plan. A pin that cannot be
 * honoured is an error at the line of the article it concerns.
 */
public final class PagePlanner {

    private final PieceGalleys galleys;

    PagePlanner(PieceGalleys galleys) {
        this.galleys = galleys;
    }

    /** @param jumps whether text that does not fit continues on a later page (else it is overset) */
    PagePlan plan(BodyGrid grid, boolean front, Page page, List<Piece> pieces, boolean jumps)
            throws PinException {
        try {
            try {
                return grid.maker(front, page.info().ad()).make(requests(grid, page, pieces, true), jumps);
            } catch (PinException e) {
                if (pieces.stream().noneMatch(p -> galleys.isGuide(p.article()))) {
                    throw e;
                }
                // the guide's width is the layout's wish, not the writer's: a page that cannot keep it, for
                // want of an article to stand beside a narrow guide, sets it as wide as it must
                return grid.maker(front, page.info().ad()).make(requests(grid, page, pieces, false), jumps);
            }
        } catch (PinException e) {
            throw e.at(e.article() == PinException.PAGE ? page.pos() + ": 第" + page.number() + "版"
                    : String.valueOf(pieces.get(e.article()).article().pos()));
        }
    }

    /** The pieces as the page maker sees them; {@code guideWidth}: a guide (导读) keeps the layout's width. */
    private List<ArticleRequest> requests(BodyGrid grid, Page page, List<Piece> pieces, boolean guideWidth)
            throws PinException {
        List<ArticleRequest> requests = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Place pin = p.pin();
            Fixed fixed = fixedHere(p, page);
            Integer span = p.isRest() || (!guideWidth && galleys.isGuide(p.article())) ? null
                    : fixed.hasSize() ? Integer.valueOf(fixed.columns()) : p.article().span();
            if (!p.isRest() && fixed.hasSize() && p.article().span() != null && p.article().span() != fixed.columns()) {
                throw new PinException(i, "\"" + MessageTitle.of(p.article()) + "\": 'span: " + p.article().span()
                        + "' disagrees with its module, " + fixed.columns() + " columns wide");
            }
            requests.add(new ArticleRequest(MessageTitle.of(p.article()), span,
                    pin != null && pin.inFirstBand(), side(pin), s -> galleys.at(p, grid.setter(), s),
                    p.isRest() ? 1 : grid.setter().minSpan(p.article(), p.rank()), module(fixed)));
        }
        return requests;
    }

    /**
     * What the desk fixed of the piece's module, on the page it was written for: an article moved on whole to a later
     * page, or the rest of one, is placed there by the page maker (the desk's corner and size were that page's).
     */
    private static Fixed fixedHere(Piece p, Page page) {
        return p.isRest() || p.fromPage() != page.number() ? Fixed.NONE : p.article().fixed();
    }

    /** What the page maker is told of a module fixed by hand: lines of the type area counted from 0. */
    private static FixedModule module(Fixed fixed) {
        return new FixedModule(fixed.hasPosition() ? fixed.column() - 1 : -1,
                fixed.hasPosition() ? fixed.line() - 1 : -1, fixed.lines());
    }

    private static ArticleRequest.Side side(Place pin) {
        return pin == Place.LEFT ? ArticleRequest.Side.LEFT : pin == Place.RIGHT ? ArticleRequest.Side.RIGHT : null;
    }

    /** Why a module does not stand where and as large as the desk fixed it, or null when it does. */
    private static String fixedMiss(Fixed f, Module m) {
        boolean moved = f.hasPosition() && (m.col() != f.column() - 1 || m.line() != f.line() - 1);
        boolean resized = f.hasSize() && (m.span() != f.columns() || m.lines() != f.lines());
        if (!moved && !resized) {
            return null;
        }
        return f.describe() + " cannot be honoured: the page maker set it " + m.span() + "x" + m.lines()
                + " at column " + (m.col() + 1) + ", line " + (m.line() + 1) + " (the articles before it in the"
                + " file fill the page from the top: order the articles so it can stand there)";
    }

    /** The words that open the warning for a pin the finished page does not hold; --strict makes it an error. */
    public static final String PIN_NOT_HELD = "pin not held";

    /**
     * A module that does not stand where its article asked is a warning naming the article and where it stands,
     * never a silent miss; the page is still made (--strict makes it an error).
     */
    static List<String> misses(Page page, PagePlan plan, List<Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (Module m : plan.modules()) {
            Piece p = pieces.get(m.article());
            String fixedMiss = m.lines() == 0 ? null : fixedMiss(fixedHere(p, page), m);
            if (fixedMiss != null) {
                out.add(p.article().pos() + ": " + PIN_NOT_HELD + ": 第" + page.number() + "版 \""
                        + MessageTitle.of(p.article()) + "\": " + fixedMiss);
            }
            Place place = p.pin();
            if (place == null || m.lines() == 0) {
                continue;
            }
            boolean ok = switch (place) {
                case BOTTOM -> m.line() + m.lines() >= plan.bodyTop() + plan.bodyLines() - 1;
                case LEFT -> m.col() == 0;
                case RIGHT -> m.col() + m.span() == plan.columns();
                case TOP, LEAD -> true;
            };
            if (!ok) {
                out.add(p.article().pos() + ": " + PIN_NOT_HELD + ": 第" + page.number() + "版 \""
                        + MessageTitle.of(p.article()) + "\": place " + place.word() + " cannot be honoured: the page"
                        + " maker set it at column " + (m.col() + 1) + ", lines " + (m.line() + 1) + "–"
                        + (m.line() + m.lines()) + " (pin its span, or order the articles so it falls there)");
            }
        }
        return out;
    }
}
