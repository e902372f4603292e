package paiban.model;

import java.util.List;

/**
 * One article. The headline is a list of lines: one entry unless the writer forced a break. Attribute fields are
 * null when absent; {@code span} is the preferred number of base columns.
 */
public record Article(
        List<String> headline,
        String kicker,
        String subtitle,
        String column,
        String dateline,
        String byline,
        Integer span,
        Place place,
        List<Block> body,
        SourcePos pos) {

    public Article {
        headline = List.copyOf(headline);
        body = List.copyOf(body);
    }

    /** The headline as one string, lines joined without a break, for reports and messages. */
    public String title() {
        return String.join("", headline);
    }
}
