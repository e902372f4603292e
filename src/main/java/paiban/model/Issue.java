package paiban.model;

import java.nio.file.Path;
import java.util.List;
import paiban.message.Warning;

/**
 * One issue of a paper as the user wrote it: issue-level facts and its pages in order, and what reading the file
 * had to tell the user (the encoding when it is not UTF-8, invisible characters removed), in file order.
 */
public record Issue(Path source, IssueInfo info, List<Page> pages, List<Warning> notices) {
    public Issue {
        pages = List.copyOf(pages);
        notices = List.copyOf(notices);
    }

    public Issue(Path source, IssueInfo info, List<Page> pages) {
        this(source, info, pages, List.of());
    }
}
