package paiban.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The issue-level fields of the front matter. Every field is optional (null when absent); the weekday is never
 * stored because it follows from {@link #date()}.
 */
public record IssueInfo(
        String paper,
        String layout,
        LocalDate date,
        Integer number,
        Integer serial,
        String cn,
        String postalCode,
        Integer pages,
        Integer founded,
        String motto,
        List<String> honors,
        String supervisor,
        String publisher,
        String website,
        String email,
        String price) {

    public IssueInfo {
        honors = honors == null ? List.of() : List.copyOf(honors);
    }

    public static IssueInfo empty() {
        return new IssueInfo(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null,
                null, null);
    }
}
