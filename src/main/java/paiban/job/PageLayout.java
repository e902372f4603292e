package paiban.job;

import paiban.flow.Jump;
import java.util.List;
import java.util.Map;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.model.Page;
import paiban.page.PageDrawing;

/**
 * One composed page: the plan in grid units, the galley each module holds, the drawing ready to render, and the
 * body size (pt) of the grid it was set on.
 */
public record PageLayout(Page page, PagePlan plan, Map<Integer, ArticleGalley> galleys, PageDrawing drawing,
                         List<Jump> jumps, float bodySize) {
    public PageLayout {
        galleys = Map.copyOf(galleys);
        jumps = List.copyOf(jumps);
    }
}
