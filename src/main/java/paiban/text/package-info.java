/**
 * The typesetter: styled runs of one paragraph in, measured lines ({@link paiban.text.Line} of
 * {@link paiban.text.PlacedGlyph}) out, following docs/typesetting-zh.md. Entry point:
 * {@link paiban.text.Typesetter#set}.
 *
 * <p>Vocabulary. A {@code Box} is one glyph's worth of text (a character with its attached marks); its ink part
 * has a fixed width and its blank halves (a full-width mark's empty side) are {@code Glue} that may shrink. A
 * {@code Joint} lies between two boxes: typed spaces, optional Han–Latin glue, the break penalty (allowed, soft,
 * or a 禁则 / unit split that is only a last resort) and whether justification may open it. The units of §1.3
 * (words, numbers, ——, ……) are runs of boxes whose joints forbid both breaks and added space.
 *
 * <p>Galley conventions. {@code x} is the glyph origin from the line start; {@code x + advance} is the right
 * edge of the box the glyph occupies on the line. Most glyphs are drawn at the left of their box; an opening mark
 * set to half an em is drawn half an em to the left of its box (its ink is in the right half of its em), a
 * 间隔号 or a padded ／ is centred in its half-em box. Spaces at a line end stay as zero-width glyphs so that the
 * glyph texts of all lines give back the paragraph exactly; a typed indent (leading U+3000) is kept the same way
 * while the indent itself comes from {@link paiban.text.ParagraphFormat#indent()}.
 */
package paiban.text;
