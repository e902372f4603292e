/**
 * The engine as a Java library: {@link paiban.api.Paiban} lays out an issue (a file or text) and returns a
 * {@link paiban.api.LayoutResult}: the PDF bytes, the report JSON and the report as values. Mistakes in the input
 * are {@link paiban.api.PaibanException}s whose message names the file, the line and the text. See docs/api.md.
 */
package paiban.api;
