package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.message.Warning;

/**
 * An article that leaves the page its writer put it on is never moved in silence: the desk reads on stderr and in
 * the report which article moved, from which page to which, and why.
 */
final class Moves {

    private Moves() {
    }

    /** A note for every whole article of its own page {@code i} passed on, naming the page where it landed. */
    static List<Warning> notes(List<PageComposition> composed, int i) {
        PageComposition c = composed.get(i);
        List<Warning> out = new ArrayList<>();
        for (Piece piece : c.moved()) {
            if (piece.isRest() || piece.fromPage() != c.page().number()) {
                continue; // a rest, or an article moved on from an earlier page: noted there
            }
            int j = PageComposition.holder(composed, i, piece);
            out.add(j < 0
                    ? Warning.at(Warning.Code.MOVED, piece.article().pos(), "page.moved-overset",
                            MessageTitle.of(piece.article()), c.page().number())
                    : Warning.at(Warning.Code.MOVED, piece.article().pos(), "page.moved", MessageTitle.of(piece.article()),
                            c.page().number(), composed.get(j).page().number()));
        }
        return out;
    }
}
