package paiban.model;

/** A stretch of paragraph text of one weight. */
public record Span(String text, boolean bold) {
}
