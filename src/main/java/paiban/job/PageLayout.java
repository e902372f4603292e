package paiban.job;

import paiban.flow.Jump;
import java.util.List;
import java.util.Map;
import paiban.page.PageWhite;
import paiban.compose.PagePlan;
import paiban.galley.ArticleGalley;
import paiban.model.Page;
import paiban.page.PageDrawing;

/**
 * One composed page: the plan in grid units, the galley each module holds, the drawing ready to render, the
 * body size (pt) of the grid it was set on, how each photo file on it was really cropped, and the white a reader
 * sees on it.
 */
public record PageLayout(Page page, PagePlan plan, Map<Integer, ArticleGalley> galleys, PageDrawing drawing,
                         List<Jump> jumps, float bodySize, List<PhotoCrop> crops, PageWhite white) {
    public PageLayout {
        galleys = Map.copyOf(galleys);
        jumps = List.copyOf(jumps);
        crops = List.copyOf(crops);
    }
}
