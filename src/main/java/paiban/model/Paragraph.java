package paiban.model;

import java.util.List;

/**
 * A paragraph: its text as spans, each plain or bold. Adjacent spans never share the same weight. A
 * {@link #HARD_BREAK} in a span's text is a line break the writer kept (a poem's or a list's lines).
 */
public record Paragraph(List<Span> spans, SourcePos pos) implements Block {
    /** A kept line break inside a paragraph's text. */
    public static final char HARD_BREAK = '\n';

    public Paragraph {
        spans = List.copyOf(spans);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }
}
