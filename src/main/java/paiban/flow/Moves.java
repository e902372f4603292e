package paiban.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * An article that leaves the page its writer put it on is never moved in silence: the desk reads on stderr and in
 * the report which article moved, from which page to which, and why.
 */
final class Moves {

    private Moves() {
    }

    /** A note for every whole article of its own page {@code i} passed on, naming the page where it landed. */
    static List<String> notes(List<PageComposition> composed, int i) {
        PageComposition c = composed.get(i);
        List<String> out = new ArrayList<>();
        for (Piece piece : c.moved()) {
            if (piece.isRest() || piece.fromPage() != c.page().number()) {
                continue; // a rest, or an article moved on from an earlier page: noted there
            }
            int j = PageComposition.holder(composed, i, piece);
            String to = j < 0 ? "overset after the last page" : "第" + composed.get(j).page().number() + "版";
            out.add(piece.article().pos() + ": \"" + MessageTitle.of(piece.article()) + "\" moved from 第"
                    + c.page().number() + "版 to " + to + ": 第" + c.page().number() + "版 could not hold it whole"
                    + " (it would have been cut short or started with a stub there)");
        }
        return out;
    }
}
