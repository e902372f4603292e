package paiban.flow;

import java.util.List;
import java.util.Map;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.message.Warning;
import paiban.model.Page;

/**
 * One page as composed, before its jump lines are written: the plan and the grid it was made on, the pieces its
 * modules hold (module {@code m} holds {@code pieces.get(m.article())}), the galley each placed module shows, the
 * pieces it passes on to the next page (whole articles moved on, the rests of articles cut at the foot — their
 * lines, in order), the jump lines it owes, the overset when it is the last page, its warnings, and the articles of its own it moved on whole.
 */
public record PageComposition(Page page, boolean front, PlannedPage planned, List<Piece> pieces,
                              Map<Integer, ArticleGalley> galleys, List<Piece> overflow, List<JumpOwed> jumps,
                              List<Overset> overset, List<Warning> warnings, List<Piece> moved) {

    public PageComposition {
        pieces = List.copyOf(pieces);
        galleys = Map.copyOf(galleys);
        overflow = List.copyOf(overflow);
        jumps = List.copyOf(jumps);
        overset = List.copyOf(overset);
        warnings = List.copyOf(warnings);
        moved = List.copyOf(moved);
    }

    public PagePlan plan() {
        return planned.plan();
    }

    public BodyGrid grid() {
        return planned.grid();
    }

    /**
     * The index of the first page after page {@code from} where some of {@code piece} stands, or -1 when none holds
     * it (it is then overset). A piece stands on one page at most: a page that places some of it passes on a rest.
     */
    static int holder(List<PageComposition> composed, int from, Piece piece) {
        for (int j = from + 1; j < composed.size(); j++) {
            if (composed.get(j).holds(piece)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether some of {@code piece} (at least one line) stands on this page. */
    public boolean holds(Piece piece) {
        for (Module m : plan().modules()) {
            if (pieces.get(m.article()) == piece && m.placed() > 0) {
                return true;
            }
        }
        return false;
    }
}
