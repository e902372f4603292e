package paiban.cli;

import java.util.ArrayList;
import java.util.List;
import paiban.message.Warning;
import paiban.model.SourcePos;
import java.util.regex.Pattern;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.spec.LayoutException;
import paiban.spec.LayoutSpec;

/**
 * A page's own {@code layout:} line. A run lays every page out on one layout, so a page that names another is a
 * warning naming its line (run that page on its own with {@code --layout}); a layout that does not exist is an error.
 */
final class PageLayouts {

    /** Finds a layout by name or file, as {@code --layout} does. */
    @FunctionalInterface
    interface Resolver {
        LayoutSpec resolve(String nameOrFile) throws LayoutException;
    }

    private static final Pattern LAYOUT_LINE = Pattern.compile("\\s*(layout|版式)\\s*[:：].*");

    private PageLayouts() {
    }

    /**
     * @param lines the issue's lines, to name the line of each page's {@code layout:}
     * @return the warnings, one per page whose layout is not the run's
     */
    static List<Warning> check(Issue issue, List<String> lines, LayoutSpec used, Resolver resolver)
            throws LayoutException {
        List<Warning> warnings = new ArrayList<>();
        for (Page page : issue.pages()) {
            String wanted = page.info().layout();
            if (wanted == null) {
                continue;
            }
            SourcePos at = new SourcePos(issue.source(), line(page, lines));
            LayoutSpec spec;
            try {
                spec = resolver.resolve(wanted);
            } catch (LayoutException e) {
                throw LayoutException.at(at, "page.layout-failed", page.number(), wanted, e.message());
            }
            if (!spec.name().equals(used.name())) {
                warnings.add(Warning.at(Warning.Code.PAGE_LAYOUT_UNUSED, at, "page.layout-unused", wanted, used.name(),
                        page.number()));
            }
        }
        return warnings;
    }

    /** The line of the page's layout attribute: among the lines right under its heading. */
    private static int line(Page page, List<String> lines) {
        int heading = page.pos().line();
        for (int i = heading; i < lines.size() && i < heading + 40 && !lines.get(i).isBlank(); i++) {
            if (LAYOUT_LINE.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return heading;
    }
}
