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
import paiban.model.Furniture;
import paiban.model.Issue;
import paiban.model.IssueInfo;
import paiban.model.Page;
import paiban.model.PageInfo;
import paiban.model.Paragraph;
import paiban.model.Place;
import paiban.model.Photo;
import paiban.message.Message;
import paiban.message.Warning;
import paiban.model.SourcePos;
import paiban.model.Span;
import paiban.message.BadValue;

/**
 * Reads an issue file (format v1, see {@code docs/issue-format.md}) into an {@link Issue}. Knows text, nothing about
 * pages. Stops at the first error with an {@link IssueFormatException} that names file, line and offending text.
 * Stateless and thread-safe.
 */
public final class IssueParser {
    static final List<String> PAGE_KEYS = List.of("section", "section-suffix", "guide", "banner", "editor",
            "designer", "proofreader", "layout", "colour", "ad", "contents", "briefs");
    /** A page's {@code colour:} values: the first two mean colour. */
    static final List<String> COLOUR_VALUES = List.of("true", "yes", "false", "no");
    static final List<String> ARTICLE_KEYS = List.of("kicker", "subtitle", "column", "dateline", "byline", "span",
            "place", "head", "box", "cuttable", "contents", "at", "module", "lines");
    /** Values of an article's {@code lines:}: every source line break of its body is kept. */
    static final List<String> KEPT_LINES = List.of("kept", "保留");
    /** Values of an article's {@code contents:}; the first three list it in the guide, the others keep it out. */
    static final List<String> YES_NO = List.of("yes", "true", "是", "no", "false", "否");
    /** The guide's title when the page's {@code contents:} only says yes. */
    static final String CONTENTS_TITLE = "导读";
    private static final Pattern PARAGRAPH_LIST = Pattern.compile("[0-9]{1,4}(\\s*[,，、]\\s*[0-9]{1,4})*");
    /** Where the writer asks an article to go on its page; compose decides what each means. */
    public static final List<String> PLACES = java.util.Arrays.stream(Place.values()).map(Place::word).toList();

    private static final Pattern HEADING = Pattern.compile("(#+)(?:[ \\t]+(.*))?");
    /** Full-width digits (第１版) are digits too: Chinese input methods type them. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*([0-9０-９]+)\\s*版\\s*(.*)");
    /** Far beyond any paper's page count; also keeps the number an int. */
    static final int MAX_PAGE_NUMBER = 9999;
    private static final Pattern PAGE_NUMBER_NOT_DIGITS = Pattern.compile("第[^版\\s]{1,6}版.*");
    /** A heading typed without the space after its marks: {@code #第2版}, {@code ##标题}. */
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("(#第\\s*[0-9]+\\s*版|##[^#\\s]).*");
    private static final Pattern HEADLINE_BREAK = Pattern.compile("[ \\t]{2,}|\\t");
    private static final Pattern PHOTO = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(\\s*(?:<([^<>]+)>|([^\\s()\"<>]+))((?:\\s+\"[^\"]*\")*)\\s*\\)");
    /** Anything shaped like a photo, to end its paragraph and to say what is wrong with it. */
    private static final Pattern PHOTO_SHAPE = Pattern.compile("!\\[([^\\]]*)\\]\\((.*)\\)");
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

    /** Parses an issue file's bytes, read once by the caller (standard input, a FIFO); messages name {@code name}. */
    public Issue parse(byte[] bytes, Path name) throws IssueFormatException {
        SourceDecoding.Decoded decoded = SourceDecoding.decode(bytes, name);
        return parse(decoded.text(), name, decoded.notice(name));
    }

    /** The text of an issue file's bytes as {@link #parse(byte[], Path)} decodes them, without parsing it. */
    public static String decode(byte[] bytes, Path name) throws IssueFormatException {
        return SourceDecoding.decode(bytes, name).text();
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

    private Issue parse(String text, Path name, Warning encodingNotice) throws IssueFormatException {
        Invisibles.Cleaned cleaned = Invisibles.clean(SourceText.lines(text), name);
        if (cleaned.lines().stream().allMatch(IssueParser::blank)) {
            throw new IssueFormatException(new SourcePos(name, 1), Message.of("issue.empty"), null);
        }
        List<Warning> notices = new ArrayList<>();
        if (encodingNotice != null) {
            notices.add(encodingNotice);
        }
        notices.addAll(cleaned.warnings());
        Run run = new Run(cleaned.lines(), name);
        Issue issue = run.issue(notices);
        notices.addAll(run.warnings);
        return new Issue(issue.source(), issue.info(), issue.pages(), notices);
    }

    /** Whether a line prints nothing: U+3000 and the other spaces count as blank here. */
    static boolean blank(String line) {
        return line.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Whether text holds nothing to print: spaces, line breaks, byte order marks and other invisible characters. */
    public static boolean isEmpty(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL);
    }

    /** One parse: the file's lines and the pages and articles being built. */
    private static final class Run {
        private enum Context { NONE, PAGE_ATTRIBUTES, ARTICLE_ATTRIBUTES, ARTICLE_BODY }

        private final List<String> source;
        private final Path name;
        private List<String> lines;
        /** Lines that were one whole comment, by index: directives when they stand in an attribute block. */
        private Map<Integer, String> directives = Map.of();

        private final List<Page> pages = new ArrayList<>();
        private Context context = Context.NONE;

        private boolean inPage;
        private int pageNumber;
        private String pageName;
        private int pageLine;
        private final Map<String, String> pageAttributes = new LinkedHashMap<>();
        private final Map<String, Integer> pageAttributeLines = new LinkedHashMap<>();
        /** The page's {@code ad:} lines (1-based) and values, in order: a page may book several blocks. */
        private final List<int[]> adLines = new ArrayList<>();
        private final List<String> adValues = new ArrayList<>();
        /** Lines read but not used as written (file:line: why), for the command to print. */
        private final List<Warning> warnings = new ArrayList<>();
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

        Issue issue(List<Warning> notices) throws IssueFormatException {
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
                    throw error(0, "issue.front-matter-unclosed");
                }
                info = FrontMatter.parse(source, 1, close, name);
                bodyStart = close + 1;
            }
            Comments.Stripped stripped = Comments.strip(source, bodyStart, name);
            lines = stripped.lines();
            directives = stripped.directives();
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
                directive(i); // only a comment was here: an attribute if it says one where attributes stand
                return;
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
                    default -> throw error(i, "issue.heading-level");
                }
                return;
            }
            String stripped = line.strip();
            if (HEADING_WITHOUT_SPACE.matcher(line).matches()) {
                throw error(i, "issue.heading-space");
            }
            Matcher keyedPhoto = AttributeKeys.PHOTO.matcher(stripped);
            if (inArticle && keyedPhoto.matches()) {
                endParagraph();
                body.add(new Photo(keyedPhoto.group(2) == null ? "" : keyedPhoto.group(2).strip(),
                        keyedPhoto.group(1), null, new SourcePos(name, i + 1)));
                context = Context.ARTICLE_BODY;
                return;
            }
            if (attributeLine(i, stripped)) {
                return;
            }
            if (!inArticle) {
                AttributeKeys.Attribute a = AttributeKeys.match(stripped, AttributeKeys.ARTICLE);
                throw outsideArticle(i, a == null ? null : a.key());
            }
            bodyLine(i, line);
        }

        /** Reads the line as an attribute when it stands in an attribute block and is shaped like one. */
        private boolean attributeLine(int i, String stripped) throws IssueFormatException {
            if (context == Context.PAGE_ATTRIBUTES) {
                AttributeKeys.Attribute a = AttributeKeys.match(stripped, AttributeKeys.PAGE);
                if (a != null) {
                    attribute(i, a, "page", PAGE_KEYS, pageAttributes, pageAttributeLines);
                    return true;
                }
            } else if (context == Context.ARTICLE_ATTRIBUTES) {
                AttributeKeys.Attribute a = AttributeKeys.match(stripped, AttributeKeys.ARTICLE);
                if (a != null && a.chinese() && a.key() == null) {
                    // 编者按：… under a headline is body text; say so, as a mistyped key would read the same.
                    warnings.add(Warning.at(Warning.Code.UNKNOWN_ATTRIBUTE, new SourcePos(name, i + 1), "issue.not-an-attribute",
                            a.written(), String.join(", ", new java.util.TreeSet<>(AttributeKeys.ARTICLE.keySet()))));
                    return false;
                }
                if (a != null) {
                    attribute(i, a, "article", ARTICLE_KEYS, articleAttributes, attributeLines);
                    return true;
                }
            }
            return false;
        }

        /**
         * A line that is one whole comment, {@code <!-- key: value -->}, in an attribute block and naming a key that
         * block knows, is that attribute, checked as the plain line would be (its errors quote the line as written);
         * any other comment stays a comment and is dropped, with a warning when it names a known attribute.
         */
        private void directive(int i) throws IssueFormatException {
            String content = directives.get(i);
            if (content == null || content.isEmpty()) {
                return;
            }
            AttributeKeys.Attribute page = AttributeKeys.match(content, AttributeKeys.PAGE);
            boolean pageKey = page != null && page.key() != null && (PAGE_KEYS.contains(page.key())
                    || page.chinese() && page.key().equals(AttributeKeys.PAGE_NUMBER));
            AttributeKeys.Attribute article = AttributeKeys.match(content, AttributeKeys.ARTICLE);
            boolean articleKey = article != null && article.key() != null && ARTICLE_KEYS.contains(article.key());
            if (context == Context.PAGE_ATTRIBUTES && pageKey) {
                attribute(i, page, "page", PAGE_KEYS, pageAttributes, pageAttributeLines);
            } else if (context == Context.ARTICLE_ATTRIBUTES && articleKey) {
                attribute(i, article, "article", ARTICLE_KEYS, articleAttributes, attributeLines);
            } else if (pageKey || articleKey) {
                // shaped as a directive the desk meant to steer the page with, where none is read: say so
                warnings.add(Warning.at(Warning.Code.DIRECTIVE_AS_COMMENT, new SourcePos(name, i + 1),
                        "issue.directive-as-comment", source.get(i).strip(), (pageKey ? page : article).key()));
            }
        }

        /** A paragraph that opens like an attribute of a known key is printed as text, with a warning naming it. */
        private void misplacedAttribute(int i, String stripped) {
            AttributeKeys.Attribute a = AttributeKeys.match(stripped, AttributeKeys.ARTICLE);
            if (a != null && a.key() == null) {
                a = AttributeKeys.match(stripped, AttributeKeys.PAGE);
            }
            if (a != null && a.key() != null && (ARTICLE_KEYS.contains(a.key()) || PAGE_KEYS.contains(a.key()))) {
                warnings.add(Warning.at(Warning.Code.ATTRIBUTE_AS_TEXT, new SourcePos(name, i + 1), "issue.attribute-as-text",
                        a.written()));
            }
        }

        /** A body line; a photo needs no blank line before or after it to be a paragraph of its own. */
        private void bodyLine(int i, String line) throws IssueFormatException {
            if (paragraph.isEmpty() && context == Context.ARTICLE_BODY) {
                misplacedAttribute(i, line.strip());
            }
            context = Context.ARTICLE_BODY;
            if (line.strip().startsWith("![")) {
                endParagraph();
            }
            paragraph.add(line);
            paragraphLines.add(i + 1);
            if (paragraph.get(0).strip().startsWith("![") && line.strip().endsWith(")")
                    && PHOTO_SHAPE.matcher(ParagraphText.joinPlain(paragraph)).matches()) {
                endParagraph();
            }
        }

        private IssueFormatException outsideArticle(int i, String key) {
            String line = lines.get(i).strip();
            String why;
            if (line.equals("---")) {
                why = "issue.outside.front-matter";
            } else if (key != null && (PAGE_KEYS.contains(key) || ARTICLE_KEYS.contains(key))) {
                why = "issue.outside.attribute";
            } else if (!hasArticleHeadings) {
                why = "issue.outside.no-article";
            } else {
                why = "issue.outside.before-article";
            }
            return error(i, "issue.outside", Message.of(why));
        }

        private void pageHeading(int i, String rest) throws IssueFormatException {
            endPage();
            int number;
            String pageTitle;
            Matcher m = PAGE_NUMBER.matcher(rest);
            if (m.matches()) {
                String digits = ascii(m.group(1)).replaceFirst("^0+(?=.)", "");
                if (digits.length() > 4) {
                    throw error(i, "issue.page-number-large", digits, MAX_PAGE_NUMBER);
                }
                number = Integer.parseInt(digits);
                if (number == 0) {
                    throw error(i, "issue.page-number-zero");
                }
                pageTitle = m.group(2).strip();
            } else if (PAGE_NUMBER_NOT_DIGITS.matcher(rest).matches()) {
                throw error(i, "issue.page-number-digits");
            } else {
                number = pages.isEmpty() ? 1 : pages.get(pages.size() - 1).number() + 1;
                pageTitle = rest;
            }
            Integer seen = pageNumbersSeen.putIfAbsent(number, i + 1);
            if (seen != null) {
                throw error(i, "issue.page-duplicate", number, seen);
            }
            startPage(number, pageTitle.isEmpty() ? null : pageTitle, i);
            context = Context.PAGE_ATTRIBUTES;
        }

        private static String ascii(String digits) {
            StringBuilder sb = new StringBuilder();
            digits.chars().forEach(c -> sb.append((char) (c >= '０' && c <= '９' ? c - '０' + '0' : c)));
            return sb.toString();
        }

        private void startPage(int number, String title, int i) {
            inPage = true;
            pageNumber = number;
            pageName = title;
            pageLine = i + 1;
            pageAttributes.clear();
            pageAttributeLines.clear();
            adLines.clear();
            adValues.clear();
            attributeLines.clear();
            articles.clear();
        }

        private void endPage() throws IssueFormatException {
            endArticle();
            if (!inPage) {
                return;
            }
            Map<String, String> a = pageAttributes;
            unprinted();
            PageInfo info = new PageInfo(a.get("section"), a.get("section-suffix"), a.get("guide"), a.get("banner"),
                    a.get("editor"), a.get("designer"), a.get("proofreader"), a.get("layout"), pageColour(), ads(),
                    contentsTitle(a.get("contents")), a.get("briefs"));
            pages.add(new Page(pageNumber, pageName, info, articles, new SourcePos(name, pageLine)));
            inPage = false;
        }

        /** Page attributes the page will not print: each is a warning naming its line, never silently dropped. */
        private void unprinted() throws IssueFormatException {
            Integer stated = pageAttributeLines.get(AttributeKeys.PAGE_NUMBER);
            if (stated != null && !pageAttributes.get(AttributeKeys.PAGE_NUMBER).matches("(第\\s*)?0*" + pageNumber
                    + "(\\s*版)?")) {
                throw error(stated - 1, "issue.page-number-disagrees", pageNumber);
            }
            for (String key : List.of("section", "section-suffix", "guide", "banner")) {
                Integer line = pageAttributeLines.get(key);
                Message why = line == null ? null : PageAttributeUse.unprinted(key, pageNumber, pageAttributes);
                if (why != null) {
                    warnings.add(Warning.at(Warning.Code.UNPRINTED_ATTRIBUTE, new SourcePos(name, line), "issue.unprinted",
                            key, why));
                }
            }
        }

        /** {@code colour: true | false} under a page heading: the page prints in colour (or not), whatever the layout says. */
        private Boolean pageColour() {
            String v = pageAttributes.get("colour");
            return v == null ? null : COLOUR_VALUES.indexOf(v) < 2;
        }

        private void articleHeading(int i, String rest) throws IssueFormatException {
            if (!inPage) {
                throw error(i, "issue.article-before-page");
            }
            endArticle();
            if (rest.isEmpty()) {
                throw error(i, "issue.article-no-headline");
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
                            "issue.span");
                }
                span = Integer.parseInt(v);
            }
            Place place = Place.of(a.get("place"));
            if (a.get("place") != null && place == null) {
                throw error(attributeLines.get("place") - 1,
                        "issue.place", String.join(", ", PLACES));
            }
            photoSizesAgree();
            articles.add(new Article(headline, a.get("kicker"), a.get("subtitle"), a.get("column"),
                    a.get("dateline"), a.get("byline"), span, place, body, new SourcePos(name, articleLine),
                    furniture(a, span), cuttable(a.get("cuttable")), fixed(a), listed(a.get("contents"))));
            inArticle = false;
            context = Context.NONE;
        }

        /**
         * The photos of one article stand stacked in one slot, one width for all: the sizes they state must agree, and a
         * size with lines ({@code 2x20}) is every photo's or none's, so the slot's height is theirs added up.
         */
        private void photoSizesAgree() throws IssueFormatException {
            Photo first = null;
            for (Block b : body) {
                if (b instanceof Photo p) {
                    if (first == null) {
                        first = p;
                    } else if (!java.util.Objects.equals(first.size(), p.size())
                            && (first.size() != null && p.size() != null || hasLines(first) || hasLines(p))) {
                        throw error(p.pos().line() - 1, "issue.photo-sizes-differ",
                                p.size() == null ? "-" : p.size(), first.size() == null ? "-" : first.size(),
                                first.pos().line());
                    }
                }
            }
            boolean head = body.stream().anyMatch(b -> b instanceof Photo p && p.headShot());
            for (Block b : body) {
                if (head && b instanceof Photo p && p.size() != null
                        && (p.size().percent() > 0 || p.size().columns() > Photo.HEAD_SHOT_COLUMNS)) {
                    throw error(p.pos().line() - 1, "issue.photo-head-wide", p.size(), Photo.HEAD_SHOT_COLUMNS);
                }
            }
        }

        private static boolean hasLines(Photo p) {
            return p.size() != null && p.size().lines() > 0;
        }

        /**
         * The title of the guide a page's {@code contents:} asks for: the value, 导读 when it only says yes, none when it
         * says no.
         */
        private static String contentsTitle(String v) {
            int k = v == null ? -1 : YES_NO.indexOf(v.toLowerCase(java.util.Locale.ROOT));
            return v == null || k >= 3 ? null : k >= 0 ? CONTENTS_TITLE : v;
        }

        /** An article's {@code contents: yes | no}: listed in the front page's guide, or kept out of it. */
        private Boolean listed(String v) throws IssueFormatException {
            if (v == null) {
                return null;
            }
            int k = YES_NO.indexOf(v.toLowerCase(java.util.Locale.ROOT));
            if (k < 0) {
                throw error(attributeLines.get("contents") - 1, "parse.contents-value");
            }
            return k < 3;
        }

        /** {@code module: 3x40} and {@code at: 3栏 20行}; whether the page can hold them is the page maker's to say. */
        private paiban.model.Fixed fixed(Map<String, String> a) throws IssueFormatException {
            paiban.model.Fixed size = paiban.model.Fixed.NONE;
            try {
                if (a.get("module") != null) {
                    size = paiban.model.Fixed.size(a.get("module"));
                }
            } catch (IllegalArgumentException e) {
                throw error(attributeLines.get("module") - 1, "parse.module-syntax");
            }
            try {
                return a.get("at") == null ? size : paiban.model.Fixed.at(a.get("at"), size);
            } catch (IllegalArgumentException e) {
                throw error(attributeLines.get("at") - 1, "parse.at-syntax");
            }
        }

        /** The advertisement blocks the page books ({@code ad:} lines); a value it cannot read is an error at its line. */
        private List<AdSlot> ads() throws IssueFormatException {
            List<AdSlot> out = new ArrayList<>();
            for (int[] at : adLines) {
                String v = adValues.get(out.size());
                SourcePos pos = new SourcePos(name, at[0]);
                try {
                    out.add(AdSlot.parse(v, pos));
                } catch (BadValue e) {
                    throw new IssueFormatException(pos, e.reason(), source.get(at[0] - 1));
                }
            }
            return out;
        }

        /** The paragraph numbers of {@code cuttable: 3, 5}, each a paragraph of the article's body. */
        private List<Integer> cuttable(String v) throws IssueFormatException {
            if (v == null) {
                return List.of();
            }
            int line = attributeLines.get("cuttable") - 1;
            if (!PARAGRAPH_LIST.matcher(v).matches()) {
                throw error(line, "issue.cuttable");
            }
            int paragraphs = (int) body.stream().filter(b -> b instanceof Paragraph).count();
            List<Integer> out = new ArrayList<>();
            for (String n : v.split("\\s*[,，、]\\s*")) {
                int k = Integer.parseInt(n.strip());
                if (k < 1 || k > paragraphs) {
                    throw error(line, "issue.cuttable-beyond", paragraphs, k);
                }
                out.add(k);
            }
            return out;
        }

        /**
         * {@code head: reverse} (反白) or {@code head: vertical} (竖排), and {@code box: NAME}; the layout knows the box
         * names, so it checks them. A vertical head stands beside a one- or two-column piece only.
         */
        private Furniture furniture(Map<String, String> a, Integer span) throws IssueFormatException {
            String head = a.get("head");
            boolean reverse = "reverse".equals(head) || "反白".equals(head);
            boolean vertical = "vertical".equals(head) || "竖排".equals(head);
            if (head != null && !reverse && !vertical) {
                throw error(attributeLines.get("head") - 1, "issue.head");
            }
            if (vertical && span != null && span > 2) {
                throw error(attributeLines.get("span") - 1, "issue.vertical-span");
            }
            if (vertical && body.stream().anyMatch(b -> b instanceof Photo)) {
                throw error(attributeLines.get("head") - 1, "issue.vertical-photo");
            }
            return new Furniture(reverse, a.get("box"), vertical, a.containsKey("lines"));
        }

        private void attribute(int i, AttributeKeys.Attribute a, String where, List<String> keys,
                Map<String, String> into, Map<String, Integer> attributeLines) throws IssueFormatException {
            String key = a.key();
            String value = a.value() == null ? "" : a.value().strip().replace('\t', ' ');
            if (key == null || !keys.contains(key) && !(a.chinese() && key.equals(AttributeKeys.PAGE_NUMBER))) {
                throw error(i, "issue.unknown-key." + where, a.written());
            }
            if (value.isEmpty()) {
                throw error(i, "issue.empty-value." + where, key);
            }
            if (key.equals("colour") && where.equals("page") && !COLOUR_VALUES.contains(value)) {
                throw error(i, "issue.colour");
            }
            if (key.equals("lines") && where.equals("article") && !KEPT_LINES.contains(value)) {
                throw error(i, "issue.lines");
            }
            if (key.equals("ad") && where.equals("page")) {
                // a page may book several blocks, one 'ad:' line each
                adLines.add(new int[] {i + 1});
                adValues.add(value);
                return;
            }
            Integer first = attributeLines.putIfAbsent(key, i + 1);
            if (first != null) {
                throw error(i, "issue.duplicate-key." + where, key, first);
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
                // under 'lines: kept' every line break of the paragraph is kept, as a line ending in '\' keeps its own
                boolean keepAll = inArticle && articleAttributes.containsKey("lines");
                List<Span> spans = ParagraphText.spans(paragraph, paragraphLines, name, keepAll);
                if (!spans.isEmpty()) {
                    body.add(new Paragraph(spans, pos));
                }
            }
            paragraph.clear();
            paragraphLines.clear();
        }

        private Photo photo(String plain, int i, SourcePos pos) throws IssueFormatException {
            Matcher m = PHOTO.matcher(plain);
            Matcher shape = PHOTO_SHAPE.matcher(plain);
            if (!m.matches() && shape.matches() && !shape.group(2).contains("\"")
                    && shape.group(2).strip().matches(".*\\s.*")) {
                throw error(i, "issue.photo-path-space", shape.group(2).strip());
            }
            if (!m.matches()) {
                throw error(i, "issue.photo-syntax");
            }
            PhotoOptions options;
            try {
                options = PhotoOptions.parse(m.group(4).replace('"', ' '));
            } catch (PhotoOptions.Bad bad) {
                throw switch (bad.why) {
                    case WORD -> error(i, "issue.photo-aspect", bad.word);
                    case SIZE -> error(i, "issue.photo-size", bad.word);
                    case TWICE -> error(i, "issue.photo-option-twice", bad.word);
                    case HEAD_WIDE -> error(i, "issue.photo-head-wide", bad.word, Photo.HEAD_SHOT_COLUMNS);
                };
            }
            return new Photo(m.group(1).strip(), m.group(2) != null ? m.group(2) : m.group(3), options.aspect(),
                    options.size(), options.headShot(), pos);
        }

        private IssueFormatException error(int i, String key, Object... args) {
            return new IssueFormatException(new SourcePos(name, i + 1), Message.of(key, args), source.get(i));
        }
    }
}
