package paiban.job;

import java.util.List;
import paiban.flow.Jump;
import paiban.flow.Overset;
import paiban.galley.Uncovered;
import paiban.message.Message;
import paiban.message.Warning;
import paiban.page.PageDrawing;

/**
 * What a run made and what it could not do: the composed pages, overset text, jumps, warnings, and the characters
 * no font covers (on the page as empty boxes).
 */
public record LayoutReport(String title, List<PageLayout> pages, List<Overset> overset, List<Warning> warnings,
                           List<Message> summary, List<Uncovered> uncovered, java.time.ZonedDateTime created) {
    public LayoutReport {
        pages = List.copyOf(pages);
        overset = List.copyOf(overset);
        warnings = List.copyOf(warnings);
        summary = List.copyOf(summary);
        uncovered = List.copyOf(uncovered);
    }

    public List<PageDrawing> drawings() {
        return pages.stream().map(PageLayout::drawing).toList();
    }

    public List<Jump> jumps() {
        return pages.stream().flatMap(p -> p.jumps().stream()).toList();
    }
}
