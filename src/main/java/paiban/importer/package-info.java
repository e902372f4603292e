/**
 * Raw page text → {@link paiban.model.Issue}: infers the structure of an unmarked issue (exported, pasted from a PDF,
 * typed) so it can be laid out directly or written as a format-v1 issue file for a person to review.
 *
 * <p>The vocabulary, one class each:
 * <ul>
 *   <li>{@link paiban.importer.RawIssueImporter} — the whole run: lines → pages (a line 第N版 starts one) → fields,
 *       masthead, articles; {@code isRaw} tells raw text (no front matter, no {@code #} headings) from an issue file.
 *   <li>{@code LineShape} — what a line looks like: ends a sentence, display type, running text, unfinished.
 *   <li>{@code HeaderFields} — labelled issue data recognised by pattern wherever it stands (第N期, dates with
 *       星期, CN, 邮发代号, 今日N版, 网址, 邮箱, …主管, …主办); only labels the engine prints back are taken.
 *   <li>{@code MastheadLines} — unlabelled lines above the first article: paper, motto, honours, section and
 *       周刊, banner slogan, bare date or URL, … 指导.
 *   <li>{@code ArticleSegmenter} — headlines (display lines followed by running text), kickers and column tags
 *       above them, subtitles below.
 *   <li>{@code ArticleBody} with {@code ParagraphRepair}, {@code Datelines}, {@code PhotoCaptions},
 *       {@code Bylines} — an article's body: paragraphs cut mid-sentence joined again, the 电头 split off, ■ captions
 *       as photos with placeholder paths, the closing name line as byline.
 *   <li>{@link paiban.importer.ImportOutline} — what was inferred, for the terminal; lines that could not be placed
 *       are kept as body text and listed there, never dropped.
 *   <li>{@link paiban.importer.IssueWriter} — Issue → format-v1 text that {@code IssueParser} reads back unchanged.
 * </ul>
 *
 * <p>The promise: every character of the raw text ends up in the issue, as text or as a field that the page prints
 * back with its label. The exceptions are stated weekdays (the page prints the one the date has; a disagreement is
 * a warning) and leading zeros of a date (warned too); the angle brackets of an autolink are markup.
 */
package paiban.importer;
