package paiban.job;

import java.util.List;

/** What a run made and what it could not do: the finished PDF, overset text and warnings. */
public record LayoutReport(byte[] pdf, List<Overset> overset, List<String> warnings, List<String> summary) {
    public LayoutReport {
        overset = List.copyOf(overset);
        warnings = List.copyOf(warnings);
        summary = List.copyOf(summary);
    }
}
