package paiban.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import paiban.compose.ArticleRequest;
import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PageMaker;
import paiban.parse.IssueFormatException;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.galley.Uncovered;
import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.page.ImageMark;
import paiban.page.Mark;
import paiban.page.PageDrawing;
import paiban.page.PrinterMarks;
import paiban.reading.ReadingMarks;
import paiban.render.FontEmbedder;
import paiban.render.PdfOutput;
import paiban.render.PdfRenderer;
import paiban.render.Photos;
import paiban.spec.Length;
import paiban.spec.LayoutSpec;
import paiban.spec.OutputSpec;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/**
 * One run of the engine over a parsed issue. Pages are composed in order: every article is typeset at each span
 * the page maker asks for, the page is composed, and what did not fit jumps to the next page of the issue with a
 * 下转/上接 pair. Only on the last page is text that does not fit reported as overset. Nothing here prints.
 */
public final class LayoutJob {

    /**
     * Articles composed on one page at most; any after them move on to the next page, or are reported as overset,
     * whole, after the last. Far more than a page can show (every module takes a headline block and a line of text),
     * so it only bounds the work a runaway file can cause.
     */
    public static final int MAX_ARTICLES_PER_PAGE = 100;
    /** Longest article title quoted in reports, in characters. */
    static final int TITLE_SHOWN = 30;
    /**
     * The page maker's cost per column-line above which a page is thin: its articles fill it only with holes, air,
     * short legs in wide modules. A well-filled page costs well under it (the samples: 0.01–0.22).
     */
    static final double THIN = 0.25;
    /** The larger body size is taken when it costs at most this share of the base size's plan, per column-line. */
    static final double FILL_GAIN = 0.8;

    private final LayoutSpec spec;
    private final FontLibrary fonts;
    private final FontEmbedder embedder;
    private boolean marks;
    private ZonedDateTime timestamp;

    public LayoutJob(LayoutSpec spec, FontLibrary fonts, FontEmbedder embedder) {
        this.spec = spec;
        this.fonts = fonts;
        this.embedder = embedder;
    }

    /** Adds crop marks, registration marks and a slug line in a slug area around each page. */
    public LayoutJob marks(boolean on) {
        this.marks = on;
        return this;
    }

    /** Dates the PDF at this moment instead of the issue's date (which keeps the output byte-identical). */
    public LayoutJob timestamp(ZonedDateTime t) {
        this.timestamp = t;
        return this;
    }

    /**
     * @throws IssueFormatException when a photo the issue names exists but cannot be used (damaged, not an image,
     *                              too large), or a span is wider than the page; checked before any page is composed
     */
    public LayoutReport run(Issue issue) throws IOException, PinException, IssueFormatException {
        StyleBook styles;
        try (Trace t = Trace.span("open faces")) {
            styles = new StyleBook(spec, fonts);
        }
        warmUpRenderer(styles);
        GalleySetter setter = new GalleySetter(styles);
        ExecutorService helpers = setBodiesAhead(setter, issue);
        try {
            return run(issue, styles, setter);
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
    }

    /**
     * With more than one core, helper threads set the articles' bodies (the bulk of typesetting, and the same at
     * every span) in page order while this thread composes: the page maker then finds them set, or waits for the one
     * paragraph in progress. Output is the same either way: a paragraph's lines do not depend on who sets them.
     */
    private static ExecutorService setBodiesAhead(GalleySetter setter, Issue issue) {
        int helpers = Math.min(3, Runtime.getRuntime().availableProcessors() - 1);
        if (helpers < 1) {
            return null;
        }
        ExecutorService pool = Executors.newFixedThreadPool(helpers, r -> {
            Thread t = new Thread(r, "paiban-typesetter");
            t.setDaemon(true);
            return t;
        });
        for (Page page : issue.pages()) {
            for (Article a : page.articles()) {
                pool.execute(() -> {
                    try {
                        setter.prepare(a);
                    } catch (IOException | RuntimeException e) {
                        // the job's own thread meets the same failure when it sets the article, and reports it
                    }
                });
            }
        }
        pool.shutdown();
        return pool;
    }

    private LayoutReport run(Issue issue, StyleBook styles, GalleySetter setter) throws IOException, PinException,
            IssueFormatException {
        BodyGrid baseGrid = BodyGrid.of(spec, styles, setter);
        BodyGrid larger = null;
        PageGeometry g = spec.geometry();
        Path base = issue.source() == null ? null : issue.source().toAbsolutePath().getParent();
        List<Overset> overset = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Uncovered> uncovered = new ArrayList<>();
        java.util.Set<Article> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        String title = title(issue);
        if (spec.output().pdfx() == OutputSpec.Pdfx.X4 && spec.output().iccProfile() == null) {
            warnings.add("layout " + spec.name() + ": PDF/X-4 needs the printer's output profile (output: icc-profile:);"
                    + " the file names the IFRA26 condition only and will not pass a PDF/X-4 preflight");
        }
        List<Composed> composed = new ArrayList<>();
        List<Carry> carried = new ArrayList<>();
        List<Page> issuePages = issue.pages();
        for (Page page : issuePages) {
            PhotoCheck.check(page, base, warnings);
            for (Article a : page.articles()) {
                if (a.span() != null && a.span() > g.columns()) {
                    throw new IssueFormatException(a.pos(), "'span: " + a.span() + "' is wider than the page: layout "
                            + spec.name() + " has " + g.columns() + " columns", null);
                }
            }
        }
        for (int p = 0; p < issuePages.size(); p++) {
            Page page = issuePages.get(p);
            Page next = p + 1 < issuePages.size() ? issuePages.get(p + 1) : null;
            boolean front = page.number() == 1;
            BodyGrid grid = baseGrid;
            PageMaker maker = grid.maker(front);

            // The page's own articles in order of importance, then what jumped here from earlier pages.
            List<Carry> items = new ArrayList<>();
            for (Article a : leadFirst(page.articles())) {
                items.add(new Carry(a, null, page.number(), front && items.isEmpty()));
            }
            items.addAll(carried);
            carried = new ArrayList<>();
            int own = page.articles().size();
            if (items.size() > MAX_ARTICLES_PER_PAGE) {
                List<Carry> beyond = new ArrayList<>(items.subList(MAX_ARTICLES_PER_PAGE, items.size()));
                items.subList(MAX_ARTICLES_PER_PAGE, items.size()).clear();
                own = Math.min(own, MAX_ARTICLES_PER_PAGE);
                warnings.add(page.pos() + ": 第" + page.number() + "版 has " + (items.size() + beyond.size())
                        + " articles; only the first " + MAX_ARTICLES_PER_PAGE + " are composed"
                        + (next == null ? "" : ", the rest move on"));
                carried.addAll(beyond); // after the last page they are reported as overset, whole
            }
            // When the page is over-full, the least important articles of its own move whole to the next page
            // rather than cutting what continues here; the lead always stays.
            PagePlan plan;
            try (Trace t = Trace.span("compose page " + page.number() + " (with galleys)")) {
                plan = compose(maker, items, setter, page, next != null);
                while (next != null && plan.oversetLines() > 0 && own > 1) {
                    own--;
                    carried.add(items.remove(own));
                    plan = compose(maker, items, setter, page, next != null);
                }
            }
            if (spec.largerBody() != null && thin(front, plan, items)) {
                if (larger == null) {
                    StyleBook ls = new StyleBook(spec.largerBody(), fonts);
                    larger = BodyGrid.of(spec.largerBody(), ls, new GalleySetter(ls));
                }
                PagePlan fuller = null;
                try (Trace t = Trace.span("compose page " + page.number() + " at the larger body size")) {
                    fuller = compose(larger.maker(front), items, larger.setter(), page, false);
                } catch (PinException e) {
                    // the pins hold at the base size; the larger one is only a means of filling, so it gives way
                }
                if (fuller != null && fuller.oversetLines() == 0
                        && fuller.costPerColumnLine() < plan.costPerColumnLine() * FILL_GAIN) {
                    grid = larger;
                    plan = fuller;
                }
            }
            GalleySetter pageSetter = grid.setter();
            Map<Integer, ArticleGalley> chosen = new HashMap<>();
            List<JumpOut> outs = new ArrayList<>();
            for (Module m : plan.modules()) {
                Carry item = items.get(m.article());
                ArticleGalley galley = item.at(pageSetter, m.span());
                if (m.headSpan() != m.span()) {
                    // An inset headline is set at its own, narrower width; the body is the same at any span.
                    galley = galley.withHead(item.at(pageSetter, m.headSpan()).head());
                }
                if (reported.add(item.article)) {
                    uncovered.addAll(pageSetter.uncovered(item.article));
                }
                int placed = m.legs().stream().mapToInt(Leg::count).sum();
                if (placed > 0) {
                    item.landedOn = page.number();
                }
                if (m.overset() > 0 && next != null && placed == 0) {
                    carried.add(item);
                    continue;
                }
                if (m.overset() > 0 && next != null) {
                    // The last placed line gives way to the 下转 line; it and the rest continue on a later page.
                    int from = item.rest != null && placed == 1 ? 1 : placed - 1;
                    Carry rest = new Carry(item.article, List.copyOf(galley.body().subList(from, galley.body().size())),
                            page.number(), false);
                    carried.add(rest);
                    outs.add(new JumpOut(m.article(), placed, rest));
                } else {
                    Overset o = OversetCount.of(page, galley, m, grid.geometry());
                    if (o != null) {
                        overset.add(o);
                    }
                }
                chosen.put(m.article(), galley);
            }
            String underfull = Underfull.warning(page, plan, grid.geometry());
            if (underfull != null) {
                warnings.add(underfull);
            }
            composed.add(new Composed(page, front, plan, chosen, outs, grid));
        }
        for (Carry c : carried) {
            overset.add(overset(issuePages.get(issuePages.size() - 1), c));
        }
        List<PageLayout> pages = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Composed c : composed) {
            // Jump lines are written last, when it is known on which page each continuation landed.
            List<Jump> jumps = new ArrayList<>();
            Map<Integer, ArticleGalley> galleys = new HashMap<>(c.galleys);
            for (JumpOut out : c.outs) {
                int target = out.rest.landedOn > 0 ? out.rest.landedOn : c.page.number() + 1;
                ArticleGalley galley = galleys.get(out.module);
                List<Line> here = new ArrayList<>(galley.body().subList(0, out.placed - 1));
                here.add(c.grid.setter().jumpLine(target));
                galleys.put(out.module, new ArticleGalley(galley.article(), galley.span(), galley.head(), here,
                        galley.photos(), galley.aspect(), galley.captions()));
                jumps.add(new Jump(shortTitle(galley.article()), c.page.number(), target, out.rest.rest.size()));
            }
            summary.add(PageSummary.of(c.page, c.plan, galleys, jumps,
                    c.grid == baseGrid ? null : c.grid.geometry().bodySize()));
            PageDrawing drawing;
            try (Trace t = Trace.span("assemble page " + c.page.number())) {
                drawing = c.grid.assembler().assemble(issue.info(), c.page, c.front, c.plan, galleys, base, title);
                drawing = new ReadingMarks(c.grid.styles()).addTo(drawing, c.plan);
            }
            warnLowResolution(drawing, warnings);
            if (marks) {
                drawing = new PrinterMarks(styles).withSlug(drawing, slug(issue, c.page));
            }
            pages.add(new PageLayout(c.page, c.plan, galleys, drawing, jumps, c.grid.geometry().bodySize()));
        }
        return new LayoutReport(title, pages, overset, warnings, summary, uncovered, created(issue));
    }

    private static PagePlan compose(PageMaker maker, List<Carry> items, GalleySetter setter, Page page, boolean jumps)
            throws IOException, PinException {
        List<ArticleRequest> requests = new ArrayList<>();
        for (Carry c : items) {
            Article a = c.article;
            boolean pinned = c.rest == null;
            boolean top = "top".equals(a.place()) || "lead".equals(a.place());
            ArticleRequest.Side side = !pinned ? null : "left".equals(a.place()) ? ArticleRequest.Side.LEFT
                    : "right".equals(a.place()) ? ArticleRequest.Side.RIGHT : null;
            requests.add(new ArticleRequest(shortTitle(a), pinned ? a.span() : null, pinned && top, side,
                    span -> c.at(setter, span)));
        }
        try {
            PagePlan plan = maker.make(requests, jumps);
            checkPlaces(plan, items);
            return plan;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (PinException e) {
            throw located(e, page, items);
        }
    }

    /** The article pinned as the page's lead (头条) goes first; the others keep their order. */
    private static List<Article> leadFirst(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles);
        for (int i = 0; i < out.size(); i++) {
            if ("lead".equals(out.get(i).place())) {
                out.add(0, out.remove(i));
                break;
            }
        }
        return out;
    }

    /**
     * Pins the page maker does not steer by (bottom, left, right) are checked on the finished plan: a module that
     * does not stand where its article asked is an error naming the article, never a silent miss.
     */
    private static void checkPlaces(PagePlan plan, List<Carry> items) throws PinException {
        for (Module m : plan.modules()) {
            Carry c = items.get(m.article());
            String place = c.rest == null ? c.article.place() : null;
            if (place == null || m.lines() == 0) {
                continue;
            }
            boolean ok = switch (place) {
                case "bottom" -> m.line() + m.lines() >= plan.bodyTop() + plan.bodyLines() - 1;
                case "left" -> m.col() == 0;
                case "right" -> m.col() + m.span() == plan.columns();
                default -> true;
            };
            if (!ok) {
                throw new PinException("\"" + shortTitle(c.article) + "\": place " + place + " cannot be honoured: the"
                        + " page maker set it at column " + (m.col() + 1) + ", lines " + (m.line() + 1) + "–"
                        + (m.line() + m.lines()) + " (pin its span, or order the articles so it falls there)");
            }
        }
    }

    /** A pin that cannot be honoured, at the line of the article it names (else of the page). */
    private static PinException located(PinException e, Page page, List<Carry> items) {
        String where = String.valueOf(page.pos()) + ": 第" + page.number() + "版";
        for (Carry c : items) {
            if (e.getMessage().startsWith("\"" + shortTitle(c.article) + "\"")) {
                where = String.valueOf(c.article.pos());
                break;
            }
        }
        return new PinException(where + ": " + e.getMessage());
    }

    /**
     * A page worth trying at the layout's larger body size: an inside page (the front page's masthead is drawn to
     * the base grid) whose articles all fit but only thinly ({@link #THIN}), none of them the rest of one cut on an
     * earlier page (that text is set, at the base size).
     */
    private static boolean thin(boolean front, PagePlan plan, List<Carry> items) {
        if (front || plan.oversetLines() > 0 || plan.costPerColumnLine() <= THIN) {
            return false;
        }
        for (Carry c : items) {
            if (c.rest != null) {
                return false;
            }
        }
        return true;
    }

    /** A page composed but not yet drawn: its 下转 lines wait until the continuations have landed. */
    private record Composed(Page page, boolean front, PagePlan plan, Map<Integer, ArticleGalley> galleys,
                            List<JumpOut> outs, BodyGrid grid) {
    }

    /** A module whose last placed line becomes a 下转 line pointing at where {@code rest} lands. */
    private record JumpOut(int module, int placed, Carry rest) {
    }

    /**
     * An article, or the rest of one ({@code rest} not null), on its way onto a page. Its galleys are cached per
     * span, so moving it from page to page never typesets it twice; {@code landedOn} is the page where part of it
     * was finally placed.
     */
    private static final class Carry {
        final Article article;
        final List<Line> rest;
        final int fromPage;
        final boolean lead;
        /** Galleys by setter (one per body size) and span. */
        final Map<GalleySetter, Map<Integer, ArticleGalley>> galleys = new java.util.IdentityHashMap<>();
        int landedOn;

        Carry(Article article, List<Line> rest, int fromPage, boolean lead) {
            this.article = article;
            this.rest = rest;
            this.fromPage = fromPage;
            this.lead = lead;
        }

        ArticleGalley at(GalleySetter setter, int span) {
            return galleys.computeIfAbsent(setter, k -> new HashMap<>()).computeIfAbsent(span, s -> rest == null
                    ? set(setter, article, s, lead) : setter.continuation(article, rest, fromPage, s));
        }
    }

    /** Renders every page of a run into one PDF. */
    public byte[] pdf(LayoutReport report) throws IOException {
        return pdf(report, report.drawings());
    }

    /** Renders some pages of a run into one PDF whose fonts are subset to exactly those pages. */
    public byte[] pdf(LayoutReport report, List<PageDrawing> drawings) throws IOException {
        try (Trace t = Trace.span("render PDF (" + drawings.size() + " pages)")) {
            return new PdfRenderer(embedder).render(drawings, report.title(),
                    new PdfOutput(spec.output(), marks, report.created()));
        }
    }

    private static ArticleGalley set(GalleySetter setter, Article a, int span, boolean lead) {
        try {
            return setter.set(a, span, lead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Once per JVM: the first render of a process is the slow one. */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    /**
     * On a machine with a second core, loads and exercises the PDF writer and the faces' outlines on a daemon
     * thread while this one typesets and composes (see {@link PdfRenderer#warmUp}). A failure there is no concern of
     * the job: the real render meets it again and reports it.
     */
    private void warmUpRenderer(StyleBook styles) throws IOException {
        if (Runtime.getRuntime().availableProcessors() < 2 || !WARMED_UP.compareAndSet(false, true)) {
            return;
        }
        List<paiban.font.Face> faces = styles.faces();
        Thread t = new Thread(() -> {
            try (Trace span = Trace.span("warm up renderer (2nd thread)")) {
                new PdfRenderer(embedder).warmUp(faces);
            } catch (Exception | LinkageError e) {
                // ignored: see above
            }
        }, "paiban-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The issue's date at midnight in China, unless a timestamp was asked for: no clock, same bytes every run. */
    private ZonedDateTime created(Issue issue) {
        if (timestamp != null) {
            return timestamp;
        }
        return issue.info().date() == null ? null : issue.info().date().atStartOfDay(ZoneOffset.ofHours(8));
    }

    /** The slug line: paper, date, page, layout and what the file is. */
    private String slug(Issue issue, Page page) {
        StringBuilder sb = new StringBuilder();
        if (issue.info().paper() != null) {
            sb.append(issue.info().paper()).append("  ");
        }
        if (issue.info().date() != null) {
            sb.append(issue.info().date()).append("  ");
        }
        sb.append("第").append(page.number()).append("版");
        if (page.name() != null) {
            sb.append(' ').append(page.name());
        }
        sb.append("  layout ").append(spec.name()).append("  ")
                .append(spec.output().pdfx() == OutputSpec.Pdfx.X4 ? "PDF/X-4" : "PDF/X-1a:2001").append("  IFRA26");
        return sb.toString();
    }

    /** A photo under 150 dpi at its placed size prints soft: name the file and its effective resolution. */
    private static void warnLowResolution(PageDrawing drawing, List<String> warnings) throws IOException {
        for (Mark m : drawing.marks()) {
            if (m instanceof ImageMark im) {
                double dpi = Photos.effectiveDpi(im);
                if (dpi < Photos.MIN_DPI) {
                    warnings.add(String.format(Locale.ROOT,
                            "photo %s: %.0f dpi at its placed size (%.0f × %.0f mm) on 第%d版; %.0f dpi or more prints sharp",
                            im.file(), dpi, im.width() / Length.MM, im.height() / Length.MM, drawing.number(),
                            Photos.MIN_DPI));
                }
            }
        }
    }

    private static String title(Issue issue) {
        StringBuilder sb = new StringBuilder();
        if (issue.info().paper() != null) {
            sb.append(issue.info().paper());
        }
        if (issue.info().date() != null) {
            sb.append(sb.length() > 0 ? " " : "").append(issue.info().date());
        }
        if (issue.info().number() != null) {
            sb.append(" 第").append(issue.info().number()).append("期");
        }
        return sb.length() == 0 ? "paiban" : sb.toString();
    }

    /** Text still travelling after the last page: all of it is overset; an article never placed, whole. */
    private static Overset overset(Page last, Carry c) {
        return c.rest == null ? OversetCount.whole(last, c.article) : OversetCount.rest(last, c.article, c.rest);
    }

    /** The title for messages: a runaway headline is cut after {@value #TITLE_SHOWN} characters. */
    static String shortTitle(Article a) {
        String t = a.title();
        return t.codePointCount(0, t.length()) > TITLE_SHOWN ? t.substring(0, t.offsetByCodePoints(0, TITLE_SHOWN)) + "…"
                : t;
    }

}
