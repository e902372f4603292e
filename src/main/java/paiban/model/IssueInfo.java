package paiban.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The issue-level fields of the front matter. Every field is optional (null when absent); the weekday is never
 * stored because it follows from {@link #date()}. {@code labelColon} is the colon the paper prints after a label
 * of its header band (网址：, 邮发代号：): full-width unless the paper writes it half-width. {@code permit} is the
 * 内部资料准印证 of a paper without a CN number, printed where the CN number would stand.
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
        String price,
        String labelColon,
        String permit) {

    public IssueInfo {
        honors = honors == null ? List.of() : List.copyOf(honors);
    }

    public IssueInfo(String paper, String layout, LocalDate date, Integer number, Integer serial, String cn,
                     String postalCode, Integer pages, Integer founded, String motto, List<String> honors,
                     String supervisor, String publisher, String website, String email, String price) {
        this(paper, layout, date, number, serial, cn, postalCode, pages, founded, motto, honors, supervisor, publisher,
                website, email, price, null);
    }

    public IssueInfo(String paper, String layout, LocalDate date, Integer number, Integer serial, String cn,
                     String postalCode, Integer pages, Integer founded, String motto, List<String> honors,
                     String supervisor, String publisher, String website, String email, String price,
                     String labelColon) {
        this(paper, layout, date, number, serial, cn, postalCode, pages, founded, motto, honors, supervisor, publisher,
                website, email, price, labelColon, null);
    }

    public static IssueInfo empty() {
        return new IssueInfo(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null,
                null, null, null, null);
    }

    /** The colon after a header band label: the paper's own, full-width by default. */
    public String colon() {
        return labelColon == null ? "：" : labelColon;
    }

    /** A label as the paper prints it before its value: a half-width colon is followed by a space, as in text. */
    public String label(String name) {
        return name + colon() + (colon().equals(":") ? " " : "");
    }
}
