package paiban.importer;

/**
 * One non-blank line of the raw text: its text without surrounding white space (ASCII, tabs and U+3000), its
 * 1-based line number in the file, and how many blank lines stood before it (a wider gap often sets a photo caption
 * or a new block apart).
 */
record RawLine(String text, int number, int blanksBefore) {
}
