package paiban.api;

import java.util.ArrayList;
import java.util.List;
import paiban.flow.Overset;
import paiban.job.LayoutReport;
import paiban.message.Warning;

/**
 * What one layout run made: the PDF of every page, the report as the {@code --report} JSON
 * (docs/report.schema.json), and the report itself. The PDF is made even when text did not fit (as with
 * {@code --allow-overset}); {@link #fits()} says whether it did.
 *
 * @param pdf        the PDF/X file, all pages, byte-identical to what {@code layout ISSUE -o OUT.pdf} writes
 * @param reportJson the report, as {@code layout --report} writes it
 * @param report     the same report as values: pages, modules, overset, warnings, uncovered characters
 * @param notices    what reading the issue file had to say (an encoding other than UTF-8, invisible characters removed)
 */
public record LayoutResult(byte[] pdf, String reportJson, LayoutReport report, List<Warning> notices) {

    public LayoutResult {
        notices = List.copyOf(notices);
    }

    /** True when every character of every article is on a page. */
    public boolean fits() {
        return report.overset().isEmpty();
    }

    /** Text that did not fit, one entry per article, as the command prints it after {@code overset: }. */
    public List<String> overset() {
        return report.overset().stream().map(Overset::toString).toList(); // English, as Overset.message() renders
    }

    /**
     * Every warning of the run in English, as the command prints it after {@code warning: }: notices first, then
     * layout's. {@link #warningList()} gives them with their codes, to render in Chinese.
     */
    public List<String> warnings() {
        return warningList().stream().map(Warning::toString).toList();
    }

    /** Every warning of the run, notices first: its code, position and message ({@code render(Language.ZH)}). */
    public List<Warning> warningList() {
        List<Warning> all = new ArrayList<>(notices);
        all.addAll(report.warnings());
        return all;
    }
}
