package paiban.flow;

import java.util.List;
import java.util.Map;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.model.Page;

/**
 * A page ready to be drawn: its plan, the grid it was set on ({@code largerBody} when that is the layout's larger
 * body size), the galley each module shows with its 下转 line written, and the jumps that leave it.
 */
public record ComposedPage(Page page, boolean front, PagePlan plan, BodyGrid grid, boolean largerBody,
                           Map<Integer, ArticleGalley> galleys, List<Jump> jumps) {

    public ComposedPage {
        galleys = Map.copyOf(galleys);
        jumps = List.copyOf(jumps);
    }
}
