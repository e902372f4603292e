package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.compose.ArticleRequest;
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
        List<ArticleRequest> requests = new ArrayList<>();
        for (Piece p : pieces) {
            Place pin = p.pin();
            requests.add(new ArticleRequest(MessageTitle.of(p.article()), p.isRest() ? null : p.article().span(),
                    pin != null && pin.inFirstBand(), side(pin), span -> galleys.at(p, grid.setter(), span),
                    p.isRest() ? 1 : grid.setter().minSpan(p.article(), p.rank())));
        }
        try {
            return grid.maker(front, page.info().ad()).make(requests, jumps);
        } catch (PinException e) {
            throw e.article() == PinException.PAGE ? e.at(page.pos(), page.number())
                    : e.at(pieces.get(e.article()).article().pos());
        }
    }

    private static ArticleRequest.Side side(Place pin) {
        return pin == Place.LEFT ? ArticleRequest.Side.LEFT : pin == Place.RIGHT ? ArticleRequest.Side.RIGHT : null;
    }

    /**
     * A module that does not stand where its article asked is a warning naming the article and where it stands,
     * never a silent miss; the page is still made (--strict makes it an error).
     */
    static List<paiban.message.Warning> misses(Page page, PagePlan plan, List<Piece> pieces) {
        List<paiban.message.Warning> out = new ArrayList<>();
        for (Module m : plan.modules()) {
            Piece p = pieces.get(m.article());
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
                out.add(paiban.message.Warning.at(paiban.message.Warning.Code.PIN_NOT_HELD, p.article().pos(), "pin.not-held", page.number(),
                        MessageTitle.of(p.article()), place.word(), m.col() + 1, m.line() + 1, m.line() + m.lines()));
            }
        }
        return out;
    }
}
