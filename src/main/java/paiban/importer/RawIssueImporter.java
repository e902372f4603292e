package paiban.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.SourcePos;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * Reads the plain text of newspaper pages — exported, pasted from a PDF, typed, with no markup — and infers the
 * {@link Issue} a format-v1 file would have given: header fields, pages (a line 第N版 starts one), articles with
 * their headline, kicker, subtitle, column tag, dateline, byline, paragraphs and photo captions. Every character of
 * the text ends up in the issue, as text or as a field the page prints back with its label; what cannot be placed
 * stays body text and is listed in the {@link ImportOutline}. Stateless and thread-safe.
 */
public final class RawIssueImporter {

    private static final Pattern HEADING = Pattern.compile("#+(?:[ \\t].*)?");
    private static final Pattern PAGE_MARK = Pattern.compile("第[ \u3000]*([1-9][0-9]{0,2})[ \u3000]*版"
            + "(?:[ \u3000]+(\\p{IsHan}{2,8}))?");

    /**
     * True for text without the markup of format v1: no front matter and no {@code #} or {@code ##} heading. Such
     * text is raw page text, to be imported rather than parsed.
     */
    public static boolean isRaw(String text) {
        List<String> lines = lines(text);
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            return false;
        }
        for (String line : lines) {
            if (HEADING.matcher(line).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code file} as UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file);
    }

    /** Decodes raw page text read once by the caller (a file, standard input) as UTF-8; refuses an empty one. */
    public static String decode(byte[] bytes, Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnusableFile(Message.at(file, Message.of("import.not-utf8")), e);
        }
        if (paiban.parse.IssueParser.isEmpty(text)) {
            throw new UnusableFile(Message.at(new paiban.model.SourcePos(file, 1),
                    Message.of("import.empty")));
        }
        return text;
    }

    public ImportedIssue importFile(Path file) throws IOException {
        return importText(read(file), file);
    }

    /** @param source the file the text came from (positions and photo paths are relative to it); may be null */
    public ImportedIssue importText(String text, Path source) {
        HeaderFields fields = new HeaderFields();
        List<RawLine> unplaced = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        int photos = 0;
        for (PageText page : pages(lines(text))) {
            List<RawLine> units = page.lines;
            boolean[] taken = new boolean[units.size()];
            for (int i = 0; i < units.size(); i++) {
                taken[i] = fields.take(units.get(i), page.fields, false);
            }
            ArticleSegmenter.Segments segments = ArticleSegmenter.segment(units, taken);
            List<RawLine> leading = new ArrayList<>(MastheadLines.place(segments.masthead(), fields, page.fields));
            List<ArticleDraft> drafts = new ArrayList<>(segments.articles());
            if (drafts.isEmpty() && !leading.isEmpty()) {
                ArticleDraft d = new ArticleDraft();
                d.headline = leading.remove(0);
                d.body.addAll(leading);
                leading.clear();
                drafts.add(d);
                warnings.add(Message.of("import.no-headline", page.fields.number, d.headline.number()));
            }
            ArticleBody bodies = new ArticleBody(source, fields, photos, unplaced);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                articles.add(bodies.build(drafts.get(i), i == 0 ? leading : List.of()));
            }
            photos = bodies.photos();
            pages.add(new Page(page.fields.number, page.fields.pageName(), page.fields.info(), articles,
                    new SourcePos(source, page.line)));
        }
        warnings.addAll(0, fields.warnings());
        Issue issue = new Issue(source, fields.info(), pages);
        List<Message> kept = unplaced.stream().map(ImportOutline::describe).toList();
        return new ImportedIssue(issue, new ImportOutline(issue, fields.describe(), kept, warnings));
    }

    /** One page's lines and fields. */
    private static final class PageText {
        final PageFields fields;
        final int line;
        final List<RawLine> lines = new ArrayList<>();

        PageText(int number, int line) {
            this.fields = new PageFields(number);
            this.line = line;
        }
    }

    /** Non-blank lines grouped into pages: a line 第N版 (with an optional name) starts the next page. */
    private static List<PageText> pages(List<String> lines) {
        List<PageText> pages = new ArrayList<>();
        PageText page = new PageText(1, 1);
        pages.add(page);
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                blanks++;
                continue;
            }
            Matcher mark = PAGE_MARK.matcher(t);
            if (mark.matches()) {
                int number = Integer.parseInt(mark.group(1));
                if (page.lines.isEmpty() && page.fields.name == null && (pages.size() == 1
                        || number > pages.get(pages.size() - 2).fields.number)) {
                    page.fields.number = number;
                    page.fields.name = mark.group(2);
                    blanks = 0;
                    continue;
                }
                if (number > page.fields.number) {
                    page = new PageText(number, i + 1);
                    page.fields.name = mark.group(2);
                    pages.add(page);
                    blanks = 0;
                    continue;
                }
            }
            page.lines.add(new RawLine(t, i + 1, blanks));
            blanks = 0;
        }
        return pages;
    }

    /** The text's lines (LF, CRLF or CR), after a leading byte order mark. */
    static List<String> lines(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
