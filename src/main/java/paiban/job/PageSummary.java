package paiban.job;

import paiban.flow.Jump;
import paiban.flow.MessageTitle;
import java.util.List;
import java.util.Map;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.model.Page;
import paiban.page.PageWhite;

/** The few lines a desk reads on stderr for each page: its modules, where they stand, and what jumped. */
final class PageSummary {

    private PageSummary() {
    }

    /**
     * @param largerBody the body size (pt) when the page was set in the layout's larger one to fill it, else null
     * @param white      the white measured on the finished page
     */
    static String of(Page page, PagePlan plan, Map<Integer, ArticleGalley> chosen, List<Jump> jumps,
                     Float largerBody, PageWhite white) {
        StringBuilder sb = new StringBuilder();
        sb.append("第").append(page.number()).append("版");
        if (page.name() != null) {
            sb.append(' ').append(page.name());
        }
        sb.append(": ").append(plan.modules().size()).append(" modules");
        for (Module m : plan.modules()) {
            ArticleGalley e = chosen.get(m.article());
            if (e == null) {
                continue;
            }
            sb.append("\n  ").append(MessageTitle.of(e.article())).append(": ").append(m.span())
                    .append(" columns × ").append(m.lines()).append(" lines at column ").append(m.col() + 1)
                    .append(", line ").append(m.line() + 1).append(", ").append(e.bodyLines()).append(" body lines in ")
                    .append(m.legs().size()).append(" legs");
            if (m.headSpan() < m.bodySpan()) {
                sb.append(", headline over columns ").append(m.headCol() + 1).append('–')
                        .append(m.headCol() + m.headSpan());
            } else if (m.span() > m.bodySpan()) {
                sb.append(", headline across ").append(m.span()).append(" columns over ").append(m.bodySpan());
            }
            if (m.photo() != null) {
                sb.append(", photo ").append(m.photo().span()).append(" columns × ").append(m.photo().lines()).append(" lines");
            }
        }
        for (Jump j : jumps) {
            sb.append("\n  ").append(j.article()).append(": ").append(j.lines()).append(" lines jump to 第")
                    .append(j.toPage()).append("版");
        }
        if (plan.emptyLines() > 0) {
            sb.append("\n  ").append(plan.emptyLines()).append(" lines left empty at the foot");
        }
        if (white.emptyShare() > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "\n  white: %.1f %% of the type area, %.1f %% away from"
                    + " display type (holes)", 100 * white.emptyShare(), 100 * white.holeShare()));
        }
        if (largerBody != null) {
            sb.append("\n  set in the larger body size (").append(largerBody).append(" pt) to fill the page");
        }
        return sb.toString();
    }
}
