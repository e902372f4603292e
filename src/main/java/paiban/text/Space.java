package paiban.text;

/**
 * A typed whitespace character between two boxes. It is set as a space glyph (so its text survives) of flexible
 * width: §2.4 squeezes word spaces to 1/4 em, §2.5 stretches them to 1/2 em before any other gap.
 */
record Space(String text, TextStyle style, int glyphId, Glue glue) {
}
