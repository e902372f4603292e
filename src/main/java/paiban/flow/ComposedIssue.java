package paiban.flow;

import java.util.List;
import paiban.galley.Uncovered;
import paiban.message.Warning;

/**
 * An issue composed page by page: the pages ready to be drawn, the text that fit nowhere (named with its
 * characters), the characters no font covers, and the warnings of the composition, in page order.
 */
public record ComposedIssue(List<ComposedPage> pages, List<Overset> overset, List<Uncovered> uncovered,
                            List<Warning> warnings) {

    public ComposedIssue {
        pages = List.copyOf(pages);
        overset = List.copyOf(overset);
        uncovered = List.copyOf(uncovered);
        warnings = List.copyOf(warnings);
    }
}
