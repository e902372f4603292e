package paiban.text;

/** A run of text in one style; a paragraph is a list of these. */
public record StyledText(String text, TextStyle style) {
}
