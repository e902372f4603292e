package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.compose.PagePlan;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Page;
import paiban.model.Paragraph;

/**
 * Copyfitting before overset or a jump: a page a few lines over is made to fit by what an editor gives up first.
 * The page maker already takes the photo to its tightest allowed crop and the headline air away when the text would
 * not fit otherwise; what is left here is the paragraphs the editor marked {@code cuttable:}, cut last first, from
 * the page's least important article up, until the page fits. When even that is not enough nothing is cut.
 */
final class Copyfit {
    /** The largest overflow, in body lines, that copyfitting absorbs; beyond it the text jumps or is overset. */
    static final int MAX_LINES = 10;

    private Copyfit() {
    }

    /**
     * The plan after cutting what was needed, {@code pieces} changed in place to the cut articles and a note per cut
     * paragraph in {@code notes}; the plan as it was, and {@code pieces} untouched, when cutting cannot make it fit.
     */
    static PagePlan cut(Page page, List<Piece> pieces, PlannedPage.Planner planner, BodyGrid grid, boolean more,
                        PagePlan over, List<Warning> notes) {
        if (over.oversetLines() == 0 || over.oversetLines() > MAX_LINES) {
            return over;
        }
        List<Piece> before = new ArrayList<>(pieces);
        List<Warning> cuts = new ArrayList<>();
        PagePlan plan = over;
        for (int i = pieces.size() - 1; i >= 0 && plan.oversetLines() > 0; i--) {
            Piece p = pieces.get(i);
            if (p.isRest()) {
                continue;
            }
            Article a = p.article();
            List<Integer> marks = new ArrayList<>(a.cuttable());
            marks.sort(java.util.Comparator.reverseOrder());
            for (int n : marks) {
                if (plan.oversetLines() == 0) {
                    break;
                }
                cuts.add(note(page, a, n));
                a = a.withoutParagraph(n);
                pieces.set(i, Piece.whole(a, p.fromPage(), p.rank()));
                plan = planner.plan(grid, more);
            }
        }
        if (plan.oversetLines() > 0) {
            pieces.clear();
            pieces.addAll(before);
            return over;
        }
        notes.addAll(cuts);
        return plan;
    }

    private static Warning note(Page page, Article a, int n) {
        Paragraph p = a.paragraph(n);
        String text = p == null ? "" : p.text().strip();
        return Warning.at(Warning.Code.CUT, a.pos(), "page.cut", page.number(), MessageTitle.of(a), n,
                text.length() > 16 ? text.substring(0, 16) + "…" : text, text.length());
    }
}
