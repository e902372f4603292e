package paiban.model;

import java.nio.file.Path;
import java.util.List;

/** One issue of a paper as the user wrote it: issue-level facts and its pages in order. */
public record Issue(Path source, IssueInfo info, List<Page> pages) {
    public Issue {
        pages = List.copyOf(pages);
    }
}
