/**
 * Fonts: from a family name to a face, from text to glyphs and advances, and from used glyphs to embedded PDF fonts.
 *
 * <ul>
 *   <li>{@link paiban.font.FontLibrary} finds a face by family and weight in the project's {@code fonts/} folder,
 *       then the system's, and hands out one shared {@link paiban.font.OpenTypeFace} per face.</li>
 *   <li>{@link paiban.font.OpenTypeFace} is the {@link paiban.font.Face} the typesetter measures with: cmap,
 *       advances, and GSUB single substitutions for Simplified Chinese (script hani, language ZHS) — locl gives
 *       the one-em dash, hwid/fwid the half- and full-width forms. It reads the mapped file in place.</li>
 *   <li>{@link paiban.font.CffSubsetter} cuts a CID-keyed CFF down to the glyphs a document shows, keeping their
 *       CIDs and inlining subroutines; {@link paiban.font.PdfFontResource} wraps it as a Type0/CIDFontType0C font
 *       with widths and a ToUnicode map, and {@link paiban.font.UsedGlyphs} collects what it needs.</li>
 *   <li>{@link paiban.font.TrueTypeSubsetter} does the same for faces with TrueType (glyf) outlines — a user's own
 *       .ttf — keeping composite glyphs' components and renumbering glyphs; PdfFontResource embeds the result as
 *       a CIDFontType2 with FontFile2 and a CIDToGIDMap.</li>
 * </ul>
 *
 * The writer embeds exactly the face the metrics came from: the render stage groups placed glyphs by their
 * {@code Face} and builds one font resource per face. Content codes are CIDs ({@link
 * paiban.font.PdfFontResource#encode}), which in Noto CJK equal glyph ids.
 *
 * <p>Not covered yet: name-keyed CFF (most Latin .otf) and CFF2 outlines — such faces give metrics but cannot be
 * embedded; GSUB lookups other than single substitution and the 2-em dash ligature; vertical metrics.
 */
package paiban.font;
