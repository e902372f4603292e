package paiban.model;

import java.util.List;

/** A paragraph: its text as spans, each plain or bold. Adjacent spans never share the same weight. */
public record Paragraph(List<Span> spans, SourcePos pos) implements Block {
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
