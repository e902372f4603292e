package paiban.job;

import java.util.List;
import java.util.Map;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.flow.Jump;
import paiban.flow.MessageTitle;
import paiban.galley.ArticleGalley;
import paiban.message.Message;
import paiban.model.Page;
import paiban.page.PageWhite;

/** The few lines a desk reads on stderr for each page: its modules, where they stand, and what jumped. */
final class PageSummary {

    private PageSummary() {
    }

    /** The page's lines: the first names the page, each other is indented under it.
     * @param largerBody the body size (pt) when the page was set in the layout's larger one to fill it, else null
     * @param white      the white measured on the finished page */
    static List<Message> of(Page page, PagePlan plan, Map<Integer, ArticleGalley> chosen, List<Jump> jumps,
                     Float largerBody, PageWhite white) {
        List<Message> out = new java.util.ArrayList<>();
        out.add(Message.of("summary.page", page.number(), page.name() == null ? "" : " " + page.name(),
                plan.modules().size()));
        for (Module m : plan.modules()) {
            ArticleGalley e = chosen.get(m.article());
            if (e == null) {
                continue;
            }
            Object head = "";
            if (m.headSpan() < m.bodySpan()) {
                head = Message.of("summary.head-over", m.headCol() + 1, m.headCol() + m.headSpan());
            } else if (m.span() > m.bodySpan()) {
                head = Message.of("summary.head-across", m.span(), m.bodySpan());
            }
            Object photo = m.photo() == null ? "" : Message.of("summary.photo", m.photo().span(), m.photo().lines());
            out.add(Message.of("summary.module", MessageTitle.of(e.article()), m.span(), m.lines(), m.col() + 1,
                    m.line() + 1, e.bodyLines(), m.legs().size(), head, photo));
        }
        for (Jump j : jumps) {
            out.add(Message.of("summary.jump", j.article(), j.lines(), j.toPage()));
        }
        if (plan.emptyLines() > 0) {
            out.add(Message.of("summary.foot", plan.emptyLines()));
        }
        if (white.emptyShare() > 0) {
            out.add(Message.of("summary.white", String.format(java.util.Locale.ROOT, "%.1f",
                    100 * white.emptyShare()), String.format(java.util.Locale.ROOT, "%.1f", 100 * white.holeShare())));
        }
        if (largerBody != null) {
            out.add(Message.of("summary.larger-body", largerBody));
        }
        return out;
    }
}
