package paiban.job;

import java.util.List;
import paiban.galley.Uncovered;

/**
 * What a run made and what it could not do: the finished PDF, overset text, warnings, and the characters no font
 * covers (on the page as empty boxes).
 */
public record LayoutReport(byte[] pdf, List<Overset> overset, List<String> warnings, List<String> summary,
                           List<Uncovered> uncovered) {
    public LayoutReport {
        overset = List.copyOf(overset);
        warnings = List.copyOf(warnings);
        summary = List.copyOf(summary);
        uncovered = List.copyOf(uncovered);
    }

    public LayoutReport(byte[] pdf, List<Overset> overset, List<String> warnings, List<String> summary) {
        this(pdf, overset, warnings, summary, List.of());
    }
}
