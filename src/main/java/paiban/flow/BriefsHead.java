package paiban.flow;

import java.util.List;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Page;

/**
 * The column head (栏目题, e.g. 简讯 or 本地快讯) a desk sets over a page's briefs: the page names it
 * ({@code briefs: 简讯}) or the layout does for every page ({@code furniture: briefs-head:}). The page maker stacks a
 * run of briefs into narrow blocks; the head stands once over the run, as the column tag of its first brief, drawn in
 * the layout's column-head style. A brief that already carries its own column tag keeps it.
 */
final class BriefsHead {

    private BriefsHead() {
    }

    /**
     * Tags the first brief of each run among {@code pieces} (changed in place) with the page's briefs head; when the
     * page named a head and no run takes it, a warning says so (a line of the issue is never dropped in silence).
     */
    static void tag(Page page, String layoutHead, List<Piece> pieces, List<int[]> runs, List<Warning> warnings) {
        String named = page.info().briefs();
        String head = named != null ? named : layoutHead;
        if (head == null) {
            return;
        }
        boolean placed = false;
        for (int[] run : runs) {
            Piece first = pieces.get(run[0]);
            if (first.isRest() || first.article().column() != null) {
                continue;
            }
            Article a = first.article().withColumn(head);
            pieces.set(run[0], Piece.whole(a, first.fromPage(), first.rank()));
            placed = true;
        }
        if (named != null && !placed) {
            warnings.add(Warning.at(Warning.Code.UNPRINTED_ATTRIBUTE, page.pos(), "page.briefs-unprinted",
                    page.number(), named));
        }
    }
}
