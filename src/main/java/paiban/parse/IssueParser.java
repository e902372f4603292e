package paiban.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.AdSlot;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Place;
import paiban.model.Photo;
import paiban.model.SourcePos;
import paiban.model.Span;

/**
 * Reads an issue file (format v1, see {@code docs/issue-format.md}) into an {@link Issue}. Knows text, nothing about
 * pages. Stops at the first error with an {@link IssueFormatException} that names file, line and offending text.
 * Stateless and thread-safe.
 */
public final class IssueParser {
    static final List<String> PAGE_KEYS = List.of("section", "section-suffix", "guide", "banner", "editor",
            "designer", "proofreader", "layout", "ad");
    static final List<String> ARTICLE_KEYS = List.of("kicker", "subtitle", "column", "dateline", "byline", "span",
            "place", "cuttable");
    private static final Pattern PARAGRAPH_LIST = Pattern.compile("[0-9]{1,4}(\\s*[,，、]\\s*[0-9]{1,4})*");
    /** Where the writer asks an article to go on its page; compose decides what each means. */
    public static final List<String> PLACES = java.util.Arrays.stream(Place.values()).map(Place::word).toList();

    private static final Pattern HEADING = Pattern.compile("(#+)(?:[ \\t]+(.*))?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*([0-9]{1,4})\\s*版\\s*(.*)");
    private static final Pattern PAGE_NUMBER_NOT_DIGITS = Pattern.compile("第[^版\\s]{1,6}版.*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*)|[ \\t]*)");
    private static final Pattern HEADLINE_BREAK = Pattern.compile("[ \\t]{2,}|\\t");
    private static final Pattern PHOTO = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(\\s*([^\\s()\"]+)(?:\\s+\"([^\"]*)\")?\\s*\\)");
    private static final Pattern RATIO = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,4}");

    /**
     * Reads {@code file} (UTF-8, or what {@link SourceDecoding} finds: a byte order mark's encoding or GB18030) and
     * parses it; messages name the file as given. An encoding other than UTF-8 is the issue's first notice.
     */
    public Issue parse(Path file) throws IOException, IssueFormatException {
        byte[] bytes = Files.readAllBytes(file);
        SourceDecoding.Decoded decoded = SourceDecoding.decode(bytes, file);
        return parse(decoded.text(), file, decoded.notice(file));
    }

    /** The text of an issue file as {@link #parse(Path)} decodes it, without parsing it. */
    public static String read(Path file) throws IOException, IssueFormatException {
        return SourceDecoding.decode(Files.readAllBytes(file), file).text();
    }

    /**
     * Parses issue text that is already decoded.
     *
     * @param nameForMessages the file name used in positions and messages (also {@link Issue#source()}); may be null
     */
    public Issue parse(String text, Path nameForMessages) throws IssueFormatException {
        return parse(text, nameForMessages, null);
    }

    private Issue parse(String text, Path name, String encodingNotice) throws IssueFormatException {
        Invisibles.Cleaned cleaned = Invisibles.clean(SourceText.lines(text), name);
        List<String> notices = new ArrayList<>();
        if (encodingNotice != null) {
            notices.add(encodingNotice);
        }
        notices.addAll(cleaned.warnings());
        return new Run(cleaned.lines(), name).issue(notices);
    }

    /** One parse: the file's lines and the pages and articles being built. */
    private static final class Run {
        private enum Context { NONE, PAGE_ATTRIBUTES, ARTICLE_ATTRIBUTES, ARTICLE_BODY }

        private final List<String> source;
        private final Path name;
        private List<String> lines;

        private final List<Page> pages = new ArrayList<>();
        private Context context = Context.NONE;

        private boolean inPage;
        private int pageNumber;
        private String pageName;
        private int pageLine;
        private final Map<String, String> pageAttributes = new LinkedHashMap<>();
        /** Whether the page's {@code ad:} value has been checked at its own line. */
        private boolean adChecked;
        private final Map<Integer, Integer> pageNumbersSeen = new LinkedHashMap<>();
        private final List<Article> articles = new ArrayList<>();

        private boolean inArticle;
        private List<String> headline;
        private int articleLine;
        private final Map<String, String> articleAttributes = new LinkedHashMap<>();
        private final Map<String, Integer> attributeLines = new LinkedHashMap<>();
        private final List<Block> body = new ArrayList<>();

        private final List<String> paragraph = new ArrayList<>();
        private final List<Integer> paragraphLines = new ArrayList<>();

        private boolean hasPageHeadings;
        private boolean hasArticleHeadings;

        Run(List<String> source, Path name) {
            this.source = source;
            this.name = name;
        }

        Issue issue(List<String> notices) throws IssueFormatException {
            int bodyStart = 0;
            IssueInfo info = IssueInfo.empty();
            if (!source.isEmpty() && source.get(0).strip().equals("---")) {
                int close = -1;
                for (int i = 1; i < source.size(); i++) {
                    if (source.get(i).strip().equals("---")) {
                        close = i;
                        break;
                    }
                }
                if (close < 0) {
                    throw error(0, "front matter opened by '---' is never closed by a second '---' line");
                }
                info = FrontMatter.parse(source, 1, close, name);
                bodyStart = close + 1;
            }
            lines = Comments.strip(source, bodyStart, name);
            for (int i = bodyStart; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = line == null ? null : HEADING.matcher(line);
                if (m != null && m.matches()) {
                    hasPageHeadings |= m.group(1).length() == 1;
                    hasArticleHeadings |= m.group(1).length() == 2;
                }
            }
            if (!hasPageHeadings) {
                startPage(1, null, Math.min(bodyStart, Math.max(0, source.size() - 1)));
            }
            for (int i = bodyStart; i < lines.size(); i++) {
                line(i);
            }
            endPage();
            return new Issue(name, info, pages, notices);
        }

        private void line(int i) throws IssueFormatException {
            String line = lines.get(i);
            if (line == null) {
                return; // only a comment was here
            }
            if (line.isBlank()) {
                endParagraph();
                if (context != Context.NONE) {
                    context = inArticle ? Context.ARTICLE_BODY : Context.NONE;
                }
                return;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String rest = heading.group(2) == null ? "" : heading.group(2).strip();
                switch (heading.group(1).length()) {
                    case 1 -> pageHeading(i, rest);
                    case 2 -> articleHeading(i, rest);
                    default -> throw error(i, "only '#' (page) and '##' (article) headings exist;"
                            + " write \\# to start a paragraph with '#'");
                }
                return;
            }
            Matcher attribute = ATTRIBUTE.matcher(line.strip());
            if (context == Context.PAGE_ATTRIBUTES && attribute.matches()) {
                attribute(i, attribute, "page", PAGE_KEYS, pageAttributes);
                if (pageAttributes.containsKey("ad") && !adChecked) {
                    adChecked = true;
                    try {
                        AdSlot.parse(pageAttributes.get("ad"));
                    } catch (IllegalArgumentException e) {
                        throw error(i, e.getMessage());
                    }
                }
                return;
            }
            if (context == Context.ARTICLE_ATTRIBUTES && attribute.matches()) {
                attribute(i, attribute, "article", ARTICLE_KEYS, articleAttributes);
                return;
            }
            if (!inArticle) {
                throw outsideArticle(i, attribute.matches() ? attribute.group(1) : null);
            }
            context = Context.ARTICLE_BODY;
            paragraph.add(line);
            paragraphLines.add(i + 1);
        }

        private IssueFormatException outsideArticle(int i, String key) {
            String line = lines.get(i).strip();
            String why;
            if (line.equals("---")) {
                why = "'---' opens front matter only on the very first line of the file";
            } else if (key != null && (PAGE_KEYS.contains(key) || ARTICLE_KEYS.contains(key))) {
                why = "attribute lines must follow their '#' or '##' heading directly, with no blank line between";
            } else if (!hasArticleHeadings) {
                why = "this file has no article heading; start each article with a line '## headline'"
                        + " and put its paragraphs below it";
            } else {
                why = "body text must come after an article heading '## headline'";
            }
            return error(i, "text outside an article (" + why + ")");
        }

        private void pageHeading(int i, String rest) throws IssueFormatException {
            endPage();
            int number;
            String pageTitle;
            Matcher m = PAGE_NUMBER.matcher(rest);
            if (m.matches()) {
                number = Integer.parseInt(m.group(1));
                if (number == 0) {
                    throw error(i, "page numbers start at 第1版");
                }
                pageTitle = m.group(2).strip();
            } else if (PAGE_NUMBER_NOT_DIGITS.matcher(rest).matches()) {
                throw error(i, "write the page number with digits, e.g. '# 第1版 要闻'");
            } else {
                number = pages.isEmpty() ? 1 : pages.get(pages.size() - 1).number() + 1;
                pageTitle = rest;
            }
            Integer seen = pageNumbersSeen.putIfAbsent(number, i + 1);
            if (seen != null) {
                throw error(i, "duplicate page 第" + number + "版 (already started on line " + seen + ")");
            }
            startPage(number, pageTitle.isEmpty() ? null : pageTitle, i);
            context = Context.PAGE_ATTRIBUTES;
        }

        private void startPage(int number, String title, int i) {
            inPage = true;
            pageNumber = number;
            pageName = title;
            pageLine = i + 1;
            pageAttributes.clear();
            attributeLines.clear();
            articles.clear();
        }

        private void endPage() throws IssueFormatException {
            endArticle();
            if (!inPage) {
                return;
            }
            Map<String, String> a = pageAttributes;
            AdSlot ad = a.get("ad") == null ? null : AdSlot.parse(a.get("ad")); // checked where it was read
            adChecked = false;
            PageInfo info = new PageInfo(a.get("section"), a.get("section-suffix"), a.get("guide"), a.get("banner"),
                    a.get("editor"), a.get("designer"), a.get("proofreader"), a.get("layout"), ad);
            pages.add(new Page(pageNumber, pageName, info, articles, new SourcePos(name, pageLine)));
            inPage = false;
        }

        private void articleHeading(int i, String rest) throws IssueFormatException {
            if (!inPage) {
                throw error(i, "article before the first page heading; start the page with '# 第N版 name' above it");
            }
            endArticle();
            if (rest.isEmpty()) {
                throw error(i, "article without headline: write the headline after '## '");
            }
            List<String> parts = new ArrayList<>();
            for (String part : HEADLINE_BREAK.split(rest)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            inArticle = true;
            headline = parts;
            articleLine = i + 1;
            articleAttributes.clear();
            attributeLines.clear();
            body.clear();
            context = Context.ARTICLE_ATTRIBUTES;
        }

        private void endArticle() throws IssueFormatException {
            endParagraph();
            if (!inArticle) {
                return;
            }
            Map<String, String> a = articleAttributes;
            Integer span = null;
            if (a.containsKey("span")) {
                String v = a.get("span");
                if (!WHOLE.matcher(v).matches() || Integer.parseInt(v) == 0) {
                    throw error(attributeLines.get("span") - 1,
                            "'span' must be a whole number of columns above 0");
                }
                span = Integer.parseInt(v);
            }
            Place place = Place.of(a.get("place"));
            if (a.get("place") != null && place == null) {
                throw error(attributeLines.get("place") - 1,
                        "'place' must be one of " + String.join(", ", PLACES));
            }
            articles.add(new Article(headline, a.get("kicker"), a.get("subtitle"), a.get("column"),
                    a.get("dateline"), a.get("byline"), span, place, body, new SourcePos(name, articleLine),
                    cuttable(a.get("cuttable"))));
            inArticle = false;
            context = Context.NONE;
        }

        /** The paragraph numbers of {@code cuttable: 3, 5}, each a paragraph of the article's body. */
        private List<Integer> cuttable(String v) throws IssueFormatException {
            if (v == null) {
                return List.of();
            }
            int line = attributeLines.get("cuttable") - 1;
            if (!PARAGRAPH_LIST.matcher(v).matches()) {
                throw error(line, "'cuttable' must list paragraph numbers, e.g. 'cuttable: 4, 6'");
            }
            int paragraphs = (int) body.stream().filter(b -> b instanceof Paragraph).count();
            List<Integer> out = new ArrayList<>();
            for (String n : v.split("\\s*[,，、]\\s*")) {
                int k = Integer.parseInt(n.strip());
                if (k < 1 || k > paragraphs) {
                    throw error(line, "'cuttable': the article has " + paragraphs + " paragraphs, there is no " + k);
                }
                out.add(k);
            }
            return out;
        }

        private void attribute(int i, Matcher m, String where, List<String> keys, Map<String, String> into)
                throws IssueFormatException {
            String key = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip().replace('\t', ' ');
            if (!keys.contains(key)) {
                throw error(i, "unknown key '" + key + "' in " + where + " attributes");
            }
            if (value.isEmpty()) {
                throw error(i, "empty value for '" + key + "' in " + where + " attributes (leave the line out instead)");
            }
            Integer first = attributeLines.putIfAbsent(key, i + 1);
            if (first != null) {
                throw error(i, "duplicate key '" + key + "' in " + where + " attributes (first on line " + first + ")");
            }
            into.put(key, value);
        }

        private void endParagraph() throws IssueFormatException {
            if (paragraph.isEmpty()) {
                return;
            }
            int first = paragraphLines.get(0);
            SourcePos pos = new SourcePos(name, first);
            String plain = ParagraphText.joinPlain(paragraph);
            if (plain.startsWith("![")) {
                body.add(photo(plain, first - 1, pos));
            } else {
                List<Span> spans = ParagraphText.spans(paragraph, paragraphLines, name);
                if (!spans.isEmpty()) {
                    body.add(new Paragraph(spans, pos));
                }
            }
            paragraph.clear();
            paragraphLines.clear();
        }

        private Photo photo(String plain, int i, SourcePos pos) throws IssueFormatException {
            Matcher m = PHOTO.matcher(plain);
            if (!m.matches()) {
                throw error(i, "a photo paragraph must be exactly ![caption](path) or ![caption](path \"3:2\")"
                        + " (write \\! to start a paragraph with '![')");
            }
            Double aspect = null;
            String stated = m.group(3);
            if (stated != null) {
                aspect = aspect(stated.strip());
                if (aspect == null) {
                    throw error(i, "photo aspect must be width:height like \"3:2\" or a decimal like \"1.5\"");
                }
            }
            return new Photo(m.group(1).strip(), m.group(2), aspect, pos);
        }

        private static Double aspect(String s) {
            Matcher ratio = RATIO.matcher(s);
            double value;
            if (ratio.matches()) {
                double w = Double.parseDouble(ratio.group(1));
                double h = Double.parseDouble(ratio.group(2));
                if (h == 0) {
                    return null;
                }
                value = w / h;
            } else if (DECIMAL.matcher(s).matches()) {
                value = Double.parseDouble(s);
            } else {
                return null;
            }
            return value > 0 && Double.isFinite(value) ? value : null;
        }

        private IssueFormatException error(int i, String reason) {
            return new IssueFormatException(new SourcePos(name, i + 1), reason, source.get(i));
        }
    }
}
