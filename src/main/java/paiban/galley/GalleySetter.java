package paiban.galley;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import paiban.compose.PhotoLimits;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.model.PhotoSize;
import paiban.model.SourcePos;
import paiban.model.Span;
import paiban.spec.HeadlineLadder;
import paiban.spec.PageGeometry;
import paiban.spec.Rank;
import paiban.spec.Role;
import paiban.text.Alignment;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.StyledText;
import paiban.text.TextStyle;
import paiban.text.Typesetter;

/**
 * Sets an article at a span: the headline block across the module width and the body at the base column width,
 * every body line one grid line. The page maker asks for each span it considers; results are cached by the caller.
 *
 * <p>Helper threads may {@link #prepare} articles while the job's thread sets them: each paragraph is set once, by
 * whichever thread takes it first, and the others use its lines.
 *
 * <p>Set paragraphs are kept in a {@link GalleyCache}: the setter's own for one run, or one handed in that outlives
 * it, so that a warm process ({@code --watch}) sets again only what changed.
 */
public final class GalleySetter {

    /** A headline takes the largest size of its rung at which it stands in two lines (typesetting-zh.md §8.5). */
    private static final int MAX_HEADLINE_LINES = 2;
    /** At its rung's smallest size a headline stands in at most three lines, at any span. */
    private static final int MAX_LINES_AT_SMALLEST = 3;
    /** Line advance of display lines, as a multiple of their size. */
    private static final float DISPLAY_LEADING = 1.25f;
    private static final float CAPTION_LEADING = 1.4f;

    private final StyleBook styles;
    private final PageGeometry grid;
    private final Typesetter typesetter = new Typesetter();
    private final HeadlineLadder ladder;
    /**
     * Every paragraph set, by its runs and format. The page maker asks for each article at every span, but the body
     * is set at the base column whatever the span, captions only depend on the photo's span, and the headline ladder
     * tries the same sizes again at the size it finally takes: each is set once per run, and in a warm process once
     * for as long as its text and style stay the same.
     */
    private final GalleyCache cache;

    /** Per article, its characters no font covers; filled when the article is first set. */
    private final Map<Article, List<Uncovered>> uncovered = new IdentityHashMap<>();
    /** While an article is set for the first time: where its uncovered characters go; else null. */
    private Set<Uncovered> collecting;
    private Article current;

    /** A setter whose set paragraphs are kept for as long as it lives (one run). */
    public GalleySetter(StyleBook styles) {
        this(styles, new GalleyCache());
    }

    /** A setter that keeps set paragraphs in, and takes them from, a cache that may outlive it. */
    public GalleySetter(StyleBook styles, GalleyCache cache) {
        this.styles = styles;
        this.grid = styles.spec().geometry();
        this.ladder = styles.spec().headlines();
        this.cache = cache;
    }

    /** Where this setter keeps set paragraphs. */
    public GalleyCache cache() {
        return cache;
    }

    /**
     * Sets the paragraphs of the article that do not depend on its span (the body), so that a later {@link #set}
     * finds them set. Meant for helper threads: it takes no lock, and reports nothing (set() does, when it first
     * sets the article).
     */
    public void prepare(Article article) {
        if (article.furniture().verticalHead()) {
            return; // its measure depends on the span and rank it is set at
        }
        for (Positioned p : bodyParagraphs(article, bodyMeasure(article))) {
            cache.setUnlessTaken(p.setting());
        }
    }

    public ArticleGalley set(Article article, int span, boolean lead) {
        return set(article, span, lead ? Rank.LEAD : Rank.OTHERS);
    }

    public ArticleGalley set(Article article, int span, Rank rank) {
        return set(article, span, rank, HeadlineFit.NONE);
    }

    /** The article with its headline block made smaller to fit its page ({@link HeadlineFit}). */
    public synchronized ArticleGalley set(Article article, int span, Rank rank, HeadlineFit fit) {
        boolean first = !uncovered.containsKey(article);
        collecting = first ? new LinkedHashSet<>() : null;
        current = article;
        try {
            ArticleGalley galley = setAt(article, span, rank, fit);
            if (first) {
                uncovered.put(article, List.copyOf(collecting));
            }
            return galley;
        } finally {
            collecting = null;
        }
    }

    /**
     * The article's characters that no font covers, each with the file and line of its paragraph, caption or (for
     * headline, dateline and byline) article; empty until the article has been set.
     */
    public synchronized List<Uncovered> uncovered(Article article) {
        return uncovered.getOrDefault(article, List.of());
    }

    /** Notes the characters of freshly set lines that no font covers, at the source position they came from. */
    private List<Line> report(List<Line> lines, SourcePos pos) {
        if (collecting != null) {
            for (int cp : Typesetter.uncovered(lines)) {
                collecting.add(new Uncovered(pos, cp, current.title()));
            }
        }
        return lines;
    }

    private ArticleGalley setAt(Article article, int span, Rank rank, HeadlineFit fit) {
        BoxedGalley.check(article, styles.spec());
        float inset = BoxedGalley.inset(article, grid.gutter());
        float moduleWidth = grid.spanWidth(span) - 2 * inset;
        HeadBlock head;
        float measure = bodyMeasure(article);
        if (article.furniture().verticalHead()) {
            VerticalHead vertical = verticalHead(article, span, rank, measure);
            head = new HeadBlock(List.of(), 0, 0, vertical);
            measure -= vertical.share();
        } else {
            head = head(article, moduleWidth, rank, fit);
        }
        List<Line> body = body(article, measure);
        if (article.furniture().boxed()) {
            head = BoxedGalley.head(head, inset, grid.linePitch());
            body = BoxedGalley.body(body, measure);
        }
        List<Photo> photos = new ArrayList<>();
        for (Block b : article.body()) {
            if (b instanceof Photo p) {
                photos.add(p);
            }
        }
        double aspect = photos.isEmpty() ? 0 : aspectOf(photos);
        Map<Integer, CaptionBlock> captions = new HashMap<>();
        if (!photos.isEmpty()) {
            for (int k = 1; k <= span; k++) {
                captions.put(k, captions(photos, grid.spanWidth(k) - 2 * inset));
            }
        }
        // the gap line's air under the picture, and the space between stacked photos (see PageAssembler)
        double air = photos.isEmpty() ? 0
                : grid.linePitch() - grid.bodySize() + ArticleGalley.PHOTO_STACK_GAP * (photos.size() - 1);
        return new ArticleGalley(article, span, head, body, photos, aspect, captions, air, photoLimits(photos));
    }

    /**
     * The rest of an article that jumped from page {@code fromPage}: its headline repeated (smaller, without kicker or
     * subtitle), then a 上接 line and the body lines that did not fit there.
     */
    public ArticleGalley continuation(Article article, List<Line> rest, int fromPage, int span) {
        float width = grid.spanWidth(span);
        Article repeat = new Article(article.headline(), null, null, null, null, null, null, null, List.of(), article.pos());
        HeadBlock head = head(repeat, width, Rank.OTHERS);
        List<Line> body = new ArrayList<>();
        body.addAll(typesetter.set(List.of(new StyledText("（上接第" + fromPage + "版）", styles.text(Role.FOLIO))),
                new ParagraphFormat(grid.columnWidth(), 0, Alignment.LEFT)));
        body.addAll(rest);
        return new ArticleGalley(article, span, head, body, List.of(), 0, Map.of());
    }

    /**
     * A guide (导读) as a boxed module of {@code span} columns: its title over the entries, each entry an article's
     * headline and the page it stands on ({@link ContentsLines}). {@code box} is the guide as an article: its
     * headline the title, its furniture the box; {@code possible} every page number the issue has.
     */
    public synchronized ArticleGalley contents(Article box, List<String> headlines, List<Integer> pages,
                                               List<Integer> possible, int span) {
        BoxedGalley.check(box, styles.spec());
        current = box;
        float inset = BoxedGalley.inset(box, grid.gutter());
        HeadBlock head = head(box, grid.spanWidth(span) - 2 * inset, Rank.BRIEF);
        float measure = grid.columnWidth() - 2 * inset;
        List<Line> body = ContentsLines.set(cache, styles.text(Role.HEADLINE, grid.bodySize()),
                styles.text(Role.BYLINE, grid.bodySize()), measure, headlines, pages, possible);
        if (box.furniture().boxed()) {
            head = BoxedGalley.head(head, inset, grid.linePitch());
            body = BoxedGalley.body(body, measure);
        }
        return new ArticleGalley(box, span, head, body, List.of(), 0, Map.of());
    }

    /** How a 下转 line opens: the reading pass knows it by this. */
    public static final String JUMP_OPEN = "（下转第";

    /**
     * The line that ends the part of an article standing on this page: （下转第N版）, at the column's right. Jump
     * notes are set in the folio's small size (六号, typesetting-zh.md §8.4) so they read as notes, not as text.
     */
    public Line jumpLine(int toPage) {
        return typesetter.set(List.of(new StyledText(JUMP_OPEN + toPage + "版）", styles.text(Role.FOLIO))),
                new ParagraphFormat(grid.columnWidth(), 0, Alignment.RIGHT)).get(0);
    }

    /**
     * How wide the article's photo slot may stand: the size the desk gave (the parser has made the photos agree), one
     * column with a head shot among them, else as wide as keeps the tallest picture within
     * {@link PhotoLimits#MAX_HEIGHT_SHARE} of the type area's height. A size with lines is each photo's: the slot is
     * their lines added up.
     */
    private PhotoLimits photoLimits(List<Photo> photos) {
        if (photos.isEmpty()) {
            return PhotoLimits.FREE;
        }
        PhotoSize size = null;
        boolean head = false;
        double tallestAspect = Double.MAX_VALUE;
        for (Photo p : photos) {
            size = size != null ? size : p.size();
            head |= p.headShot();
            tallestAspect = Math.min(tallestAspect, p.shownAspect());
        }
        int max = head ? Photo.HEAD_SHOT_COLUMNS : Integer.MAX_VALUE;
        if (size != null) {
            return new PhotoLimits(size.percent() > 0 ? 0 : size.columns(), size.percent(), max,
                    size.lines() * photos.size(), Double.POSITIVE_INFINITY);
        }
        double tall = PhotoLimits.MAX_HEIGHT_SHARE * grid.typeAreaHeight();
        if (!head) {
            max = PhotoLimits.widestWithin(tallestAspect, tall, grid::spanWidth, grid.columns());
        }
        // the stack shares its height out in proportion to each picture's height: the tallest reaches the limit first
        return new PhotoLimits(0, 0, max, 0, tall * tallestAspect / aspectOf(photos));
    }

    /** Several photos of one article stack in one slot; their combined aspect is width over summed heights. */
    private static double aspectOf(List<Photo> photos) {
        double heights = 0;
        for (Photo p : photos) {
            heights += 1 / p.shownAspect();
        }
        return 1 / heights;
    }

    private HeadBlock head(Article a, float width, Rank rank) {
        return head(a, width, rank, HeadlineFit.NONE);
    }

    private HeadBlock head(Article a, float width, Rank rank, HeadlineFit fit) {
        List<SetLine> out = new ArrayList<>();
        float y = 0;
        if (a.column() != null) {
            TextStyle st = styles.text(Role.COLUMN_TAG);
            for (Line l : report(typeset(List.of(new StyledText(a.column(), st)),
                    new ParagraphFormat(width, 0, Alignment.LEFT)), a.pos())) {
                out.add(new SetLine(l, 0, y + ascent(st), styles.color(Role.COLUMN_TAG), Role.COLUMN_TAG));
                y += st.size() * DISPLAY_LEADING;
            }
            y += st.size() * 0.3f;
        }
        TextStyle hs = headlineStyle(a, width, rank, fit);
        if (a.kicker() != null) {
            TextStyle ks = underHeadline(Role.KICKER, hs);
            y = display(out, a.kicker(), ks, Role.KICKER, width, y);
            y += ks.size() * 0.2f;
        }
        for (String part : a.headline()) {
            y = display(out, part, hs, headlineRole(rank), width, y);
        }
        if (a.subtitle() != null) {
            TextStyle ss = underHeadline(Role.SUBTITLE, hs);
            y += ss.size() * 0.2f;
            y = display(out, a.subtitle(), ss, Role.SUBTITLE, width, y);
        }
        if (DocumentFurniture.isTitleNote(a.dateline())) {
            // a 题注 stands centred under the title in the subtitle's size, not run into the first paragraph
            TextStyle ns = underHeadline(Role.SUBTITLE, hs);
            y += ns.size() * 0.3f;
            y = display(out, a.dateline().strip(), ns, Role.SUBTITLE, width, y);
        }
        float pitch = grid.linePitch();
        float gap = pitch - grid.bodySize();
        if (!fit.tight()) {
            // Content plus at least half a line of air, rounded up to whole grid lines.
            return new HeadBlock(out, y, (int) Math.ceil((y + gap + pitch * 0.5f) / pitch));
        }
        // Set tight to fit its page: the last line's em box and the line gap a body line has under it, no more.
        float last = out.isEmpty() || out.get(out.size() - 1).line().glyphs().isEmpty() ? 0
                : out.get(out.size() - 1).line().glyphs().get(0).size();
        float content = y - (DISPLAY_LEADING - 1) * last;
        return new HeadBlock(out, content, (int) Math.ceil((content + gap) / pitch - 1e-3));
    }

    private float display(List<SetLine> out, String text, TextStyle st, Role role, float width, float y) {
        for (Line l : report(displayLines(text, st, width, Alignment.CENTER), current.pos())) {
            out.add(new SetLine(l, 0, y + ascent(st), styles.color(role), role));
            y += st.size() * DISPLAY_LEADING;
        }
        return y;
    }

    /** A kicker or subtitle in its own style, at least two 号 below the headline over or under it. */
    private TextStyle underHeadline(Role role, TextStyle headline) {
        TextStyle own = styles.text(role);
        return styles.text(role, HeadlineLadder.underHeadline(own.size(), headline.size(), grid.bodySize()));
    }

    /** Display text broken at its phrase joints ({@link paiban.text.DisplayBreaker}); kept as paragraphs are. */
    private List<Line> displayLines(String text, TextStyle st, float width, Alignment alignment) {
        return cache.lines(new Setting(List.of(new StyledText(text, st)), new ParagraphFormat(width, 0, alignment),
                true));
    }

    /** The page's lead has its own headline style; every other rank takes the headline style's face. */
    private static Role headlineRole(Rank rank) {
        return rank == Rank.LEAD ? Role.LEAD_HEADLINE : Role.HEADLINE;
    }

    /**
     * The largest size of the rank's rung at which every forced line of the headline takes at most two lines; to fit
     * a page ({@code fit.steps() > 0}), one step down the ladder, never below {@code fit.floor()}: the lead one 号
     * size within its own rung, so it stays the page's largest headline; any other article the size it would take
     * at the next rank down (second → others → briefs), or, when that is no smaller, one 号 size within its rung.
     */
    private TextStyle headlineStyle(Article a, float width, Rank rank, HeadlineFit fit) {
        TextStyle own = headlineStyle(a, width, rank);
        if (fit.steps() == 0) {
            return own;
        }
        float chosen = own.size();
        Rank lower = switch (rank) {
            case LEAD, BRIEF -> null;
            case SECOND -> Rank.OTHERS;
            case OTHERS -> Rank.BRIEF;
        };
        float down = lower == null ? chosen : Math.max(fit.floor(), headlineStyle(a, width, lower).size());
        if (down >= chosen - 0.01f) {
            List<Float> sizes = ladder.rung(rank).sizes();
            int at = 0;
            while (at < sizes.size() - 1 && sizes.get(at) > chosen + 0.01f) {
                at++;
            }
            down = at < sizes.size() - 1 && sizes.get(at + 1) >= fit.floor() - 0.01f ? sizes.get(at + 1) : chosen;
        }
        return styles.text(headlineRole(rank), down);
    }

    private TextStyle headlineStyle(Article a, float width, Rank rank) {
        Role role = headlineRole(rank);
        List<Float> sizes = ladder.rung(rank).sizes();
        float smallest = sizes.get(sizes.size() - 1);
        for (String part : a.headline()) {
            if (spacingCharacters(part) > MAX_HEADLINE_LINES * 8 * width / smallest) {
                // even at an eighth of an em a character, more than two lines at the smallest size: a runaway
                // headline is not set eleven times over to learn that
                return styles.text(role, smallest);
            }
        }
        for (float size : sizes) {
            if (linesAt(a, styles.text(role, size), width) <= MAX_HEADLINE_LINES) {
                return styles.text(role, size);
            }
        }
        return styles.text(role, smallest);
    }

    /** The most lines any forced line of the headline takes in this style at this width. */
    private int linesAt(Article a, TextStyle style, float width) {
        int most = 0;
        for (String part : a.headline()) {
            most = Math.max(most, displayLines(part, style, width, Alignment.CENTER).size());
        }
        return most;
    }

    /**
     * The narrowest span at which the article's headline stands in at most three lines at its rank's smallest size:
     * the page maker sets the article no narrower. The widest span when none does.
     */
    public synchronized int minSpan(Article article, Rank rank) {
        if (article.furniture().verticalHead()) {
            return 1; // its head stands beside the text, at any width
        }
        Role role = headlineRole(rank);
        List<Float> sizes = ladder.rung(rank).sizes();
        TextStyle smallest = styles.text(role, sizes.get(sizes.size() - 1));
        for (int k = 1; k < grid.columns(); k++) {
            if (linesAt(article, smallest, grid.spanWidth(k)) <= MAX_LINES_AT_SMALLEST) {
                return k;
            }
        }
        return grid.columns();
    }

    /** Code points that take room on a line: not combining marks or format characters. */
    private static long spacingCharacters(String s) {
        return s.codePoints().filter(cp -> switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.FORMAT -> false;
            default -> true;
        }).count();
    }

    /** The head set top to bottom beside the text, its characters no font covers reported. */
    private VerticalHead verticalHead(Article a, int span, Rank rank, float column) {
        VerticalHead head = new VerticalHeadSetter(styles, (text, st, width) -> displayLines(text, st, width,
                Alignment.CENTER)).set(a, span, rank, column, measure -> body(a, (float) measure).size());
        for (VerticalSetLine l : head.lines()) {
            report(List.of(l.line().asLine()), a.pos());
        }
        return head;
    }

    /** The body's measure in a column, inside any box (and before a vertical head takes its share). */
    private float bodyMeasure(Article a) {
        return grid.columnWidth() - 2 * BoxedGalley.inset(a, grid.gutter());
    }

    private List<Line> body(Article a, float measure) {
        List<Positioned> paragraphs = bodyParagraphs(a, measure);
        // First set every paragraph no helper thread has taken, then collect: this thread never waits for a
        // paragraph while there is one it could be setting.
        for (Positioned p : paragraphs) {
            cache.setUnlessTaken(p.setting());
        }
        List<Line> lines = new ArrayList<>();
        for (Positioned p : paragraphs) {
            lines.addAll(report(typeset(p.setting()), p.pos()));
        }
        return lines;
    }

    /** A paragraph to set and where it comes from in the issue file. */
    private record Positioned(Setting setting, SourcePos pos) {
    }

    private List<Positioned> bodyParagraphs(Article a, float measure) {
        float indent = 2 * grid.bodySize();
        TextStyle plain = styles.text(Role.BODY);
        TextStyle bold = styles.bold(Role.BODY);
        String dateline = DocumentFurniture.isTitleNote(a.dateline()) ? null : a.dateline();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block b : a.body()) {
            if (b instanceof Paragraph p) {
                paragraphs.add(p);
            }
        }
        int[] signature = DocumentFurniture.signature(paragraphs);
        List<Positioned> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<StyledText> runs = new ArrayList<>();
            if (i == 0 && dateline != null) {
                runs.add(new StyledText(dateline, styles.text(Role.DATELINE)));
                runs.add(new StyledText(" ", plain));
            }
            for (Span s : p.spans()) {
                runs.add(new StyledText(s.text(), s.bold() ? bold : plain));
            }
            // the 落款 (issuing body, date) stands flush right at the end of a document
            boolean signed = signature != null && i >= signature[0] && i <= signature[1];
            // a list or a poem (lines: kept) stands flush left from its first line
            float pieceIndent = signed || a.furniture().keptLines() ? 0 : indent;
            for (List<StyledText> piece : KeptLines.pieces(runs)) {
                out.add(new Positioned(new Setting(piece, new ParagraphFormat(measure, pieceIndent,
                        signed ? Alignment.RIGHT : Alignment.JUSTIFY)), p.pos()));
                pieceIndent = 0; // the text after a kept break starts flush left
            }
        }
        if (paragraphs.isEmpty() && dateline != null) {
            out.add(new Positioned(new Setting(List.of(new StyledText(dateline, styles.text(Role.DATELINE))),
                    new ParagraphFormat(measure, indent, Alignment.LEFT)), a.pos()));
        }
        if (a.byline() != null) {
            out.add(new Positioned(new Setting(List.of(new StyledText(a.byline(), styles.text(Role.BYLINE))),
                    new ParagraphFormat(measure, 0, Alignment.RIGHT)), a.pos()));
        }
        return out;
    }

    private CaptionBlock captions(List<Photo> photos, float width) {
        TextStyle st = styles.text(Role.CAPTION);
        List<SetLine> out = new ArrayList<>();
        float y = 0;
        for (Photo p : photos) {
            if (p.caption() == null || p.caption().isBlank()) {
                continue;
            }
            for (Line l : report(displayLines(p.caption(), st, width, Alignment.JUSTIFY), p.pos())) {
                out.add(new SetLine(l, 0, y + ascent(st), styles.color(Role.CAPTION), Role.CAPTION));
                y += st.size() * CAPTION_LEADING;
            }
        }
        int lines = (int) Math.ceil(y / grid.linePitch() - 1e-3);
        return new CaptionBlock(out, lines);
    }

    private List<Line> typeset(List<StyledText> runs, ParagraphFormat format) {
        return typeset(new Setting(List.copyOf(runs), format));
    }

    /** The paragraph's lines, set once: now, or earlier by this or another thread, or in an earlier run. */
    private List<Line> typeset(Setting key) {
        return cache.lines(key);
    }

    /** Distance from the top of the style's em box to its baseline, by its face's ascender. */
    static float ascent(TextStyle st) {
        return st.face().ascent(st.size());
    }
}
