package paiban.job;

import java.util.List;
import paiban.page.PageDrawing;

/** What a run made and what it could not do: the composed pages, overset text, jumps and warnings. */
public record LayoutReport(String title, List<PageLayout> pages, List<Overset> overset, List<String> warnings,
                           List<String> summary) {
    public LayoutReport {
        pages = List.copyOf(pages);
        overset = List.copyOf(overset);
        warnings = List.copyOf(warnings);
        summary = List.copyOf(summary);
    }

    public List<PageDrawing> drawings() {
        return pages.stream().map(PageLayout::drawing).toList();
    }

    public List<Jump> jumps() {
        return pages.stream().flatMap(p -> p.jumps().stream()).toList();
    }
}
