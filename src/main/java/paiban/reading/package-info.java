/**
 * Reading order for text extractors, as a pass over the finished page drawing ({@link paiban.reading.ReadingMarks}).
 *
 * <p>The PDF is tagged and its text is written article by article in reading order, so extractors that follow the
 * structure tree or the content stream read every article whole. poppler's pdftotext (and the tools built on it)
 * read by geometry alone instead: they group lines into blocks and order the blocks by where they stand. A block
 * goes before another that it overlaps from above, or that stands wholly to its right unless a block spanning both
 * lies between them; four blocks whose edges line up, two beside two, are taken for a table and read row by row;
 * a block is widened over empty paper beside it, and a photo is empty paper to it; two columns whose gap is less
 * than one em of their text are joined into one block. Left alone, those rules read a wide module's third leg, then
 * the article under it, then the module's fourth leg, and put an inset article's last column before its headline.
 *
 * <p>The page's layout is decided by layout rules in {@code paiban.compose} and placed in {@code paiban.page}; this
 * pass adds only marks that draw no ink and extract as nothing (a zero-width space each, artifacts outside the
 * structure tree) and moves nothing. {@code ReadingOrderTest} checks the result with pdftotext.
 */
package paiban.reading;
