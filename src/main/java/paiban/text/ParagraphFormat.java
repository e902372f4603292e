package paiban.text;

/**
 * How to set one paragraph.
 *
 * @param measure   line length in pt
 * @param indent    first-line indent in pt (two body characters for body text)
 * @param alignment line alignment
 */
public record ParagraphFormat(float measure, float indent, Alignment alignment) {
}
