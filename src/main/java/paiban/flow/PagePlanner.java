package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.compose.ArticleRequest;
import paiban.compose.FixedModule;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.message.Message;
import paiban.message.Warning;
import paiban.model.Fixed;
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
                return grid.area(front, page).make(requests(grid, page, pieces, true), jumps);
            } catch (PinException e) {
                if (pieces.stream().noneMatch(p -> galleys.isGuide(p.article()))) {
                    throw e;
                }
                // the guide's width is the layout's wish, not the writer's: a page that cannot keep it, for
                // want of an article to stand beside a narrow guide, sets it as wide as it must
                return grid.area(front, page).make(requests(grid, page, pieces, false), jumps);
            }
        } catch (PinException e) {
            throw e.article() == PinException.PAGE ? e.at(page.pos(), page.number())
                    : e.at(pieces.get(e.article()).article().pos());
        }
    }

    /**
     * The runs of two or more consecutive briefs (简讯) among the pieces on the grid, as {first, end} index pairs: the
     * page maker stacks each run into narrow blocks.
     */
    List<int[]> briefRuns(BodyGrid grid, Page page, List<Piece> pieces) {
        try {
            return paiban.compose.BriefBlocks.runs(requests(grid, page, pieces, true));
        } catch (PinException e) {
            return List.of(); // the plan itself reports it
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
                throw new PinException(i, Message.of("fixed.span-disagrees", MessageTitle.of(p.article()),
                        p.article().span(), fixed.columns()));
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

    /** Whether a module does not stand where or as large as the desk fixed it. */
    private static boolean fixedMissed(Fixed f, Module m) {
        boolean moved = f.hasPosition() && (m.col() != f.column() - 1 || m.line() != f.line() - 1);
        boolean resized = f.hasSize() && (m.span() != f.columns() || m.lines() != f.lines());
        return moved || resized;
    }

    /**
     * A module that does not stand where its article asked is a warning naming the article and where it stands,
     * never a silent miss; the page is still made (--strict makes it an error).
     */
    static List<Warning> misses(Page page, PagePlan plan, List<Piece> pieces) {
        List<Warning> out = new ArrayList<>();
        for (Module m : plan.modules()) {
            Piece p = pieces.get(m.article());
            Fixed f = fixedHere(p, page);
            if (m.lines() > 0 && fixedMissed(f, m)) {
                out.add(Warning.at(Warning.Code.PIN_NOT_HELD, p.article().pos(),
                        "fixed.not-held", page.number(), MessageTitle.of(p.article()), f.describe(), m.span(), m.lines(),
                        m.col() + 1, m.line() + 1));
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
                out.add(Warning.at(Warning.Code.PIN_NOT_HELD, p.article().pos(), "pin.not-held", page.number(),
                        MessageTitle.of(p.article()), place.word(), m.col() + 1, m.line() + 1, m.line() + m.lines()));
            }
        }
        return out;
    }
}
