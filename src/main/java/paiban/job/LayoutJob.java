package paiban.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import paiban.compose.PinException;
import paiban.flow.BodyGrid;
import paiban.flow.ComposedIssue;
import paiban.flow.ComposedPage;
import paiban.flow.IssueComposer;
import paiban.font.FontLibrary;
import paiban.galley.GalleyCache;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.message.Message;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.page.ImageMark;
import paiban.page.Mark;
import paiban.page.PageDrawing;
import paiban.page.PageWhite;
import paiban.page.PrinterMarks;
import paiban.parse.IssueFormatException;
import paiban.reading.ReadingMarks;
import paiban.render.FontEmbedder;
import paiban.render.PdfOutput;
import paiban.render.PdfRenderer;
import paiban.render.Photos;
import paiban.spec.Length;
import paiban.spec.LayoutSpec;
import paiban.spec.OutputSpec;
import paiban.spec.PageGeometry;

/**
 * One run of the engine over a parsed issue: the issue is checked, composed ({@link IssueComposer}: pages, jumps,
 * overset), each page drawn with its furniture, and the drawings rendered to PDF on request. Nothing here prints.
 */
public final class LayoutJob {

    private final LayoutSpec spec;
    private final FontLibrary fonts;
    private final FontEmbedder embedder;
    private boolean marks;
    private ZonedDateTime timestamp;
    private GalleyCache galleys;

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
     * Keeps set paragraphs and style books in this cache, which may come from an earlier run of the same process
     * ({@code --watch}): what did not change is not set again. Without one, each run sets everything.
     */
    public LayoutJob galleys(GalleyCache cache) {
        this.galleys = cache;
        return this;
    }

    /**
     * @throws IssueFormatException when a photo the issue names exists but cannot be used (damaged, not an image,
     *                              too large), or a span is wider than the page; checked before any page is composed
     * @throws PinException         when a pin cannot be honoured; it names the article's line
     */
    public LayoutReport run(Issue issue) throws IOException, PinException, IssueFormatException {
        GalleyCache cache = galleys != null ? galleys : new GalleyCache();
        cache.beginRun();
        StyleBook styles;
        try (Trace t = Trace.span("open faces")) {
            styles = cache.styles(spec, fonts);
        }
        warmUpRenderer(styles);
        GalleySetter setter = new GalleySetter(styles, cache);
        ExecutorService helpers = setBodiesAhead(setter, issue);
        boolean completed = false;
        try {
            LayoutReport report = run(issue, styles, setter);
            completed = true;
            return report;
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
            cache.endRun(completed);
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
                    } catch (RuntimeException e) {
                        // the job's own thread meets the same failure when it sets the article, and reports it
                    }
                });
            }
        }
        pool.shutdown();
        return pool;
    }

    private LayoutReport run(Issue issue, StyleBook styles, GalleySetter setter) throws IOException {
        Path base = issue.source() == null ? null : issue.source().toAbsolutePath().getParent();
        List<Warning> warnings = new ArrayList<>();
        if (spec.output().pdfx() == OutputSpec.Pdfx.X4 && spec.output().iccProfile() == null) {
            warnings.add(Warning.of(Warning.Code.PDFX_PROFILE, "output.pdfx4-profile", spec.name()));
        }
        // photos without a stated aspect take the file's own (EXIF orientation applied)
        List<Page> checked = check(issue, base, warnings);
        IssueComposer composer = new IssueComposer(BodyGrid.of(spec, styles, setter), spec.largerBody(), fonts);
        ComposedIssue composed;
        try (Trace t = Trace.span("compose " + issue.pages().size() + " pages (with galleys)")) {
            composed = composer.compose(checked);
        }
        warnings.addAll(composed.warnings());
        String title = title(issue);
        List<PageLayout> pages = new ArrayList<>();
        List<Message> summary = new ArrayList<>();
        for (ComposedPage c : composed.pages()) {
            float bodySize = c.grid().geometry().bodySize();
            PageDrawing drawing;
            try (Trace t = Trace.span("assemble page " + c.page().number())) {
                drawing = c.grid().assembler().assemble(issue.info(), c.page(), c.front(), c.plan(), c.galleys(),
                        base, title);
                drawing = new ReadingMarks(c.grid().styles()).addTo(drawing, c.plan());
            }
            PageWhite white = PageWhite.of(drawing, c.grid().geometry());
            summary.addAll(PageSummary.of(c.page(), c.plan(), c.galleys(), c.jumps(), c.largerBody() ? bodySize : null,
                    white));
            Warning underfull = Underfull.warning(c.page(), c.plan(), white, c.grid().geometry());
            if (underfull != null) {
                warnings.add(underfull);
            }
            List<PhotoCrop> crops = warnLowResolution(drawing, base, warnings);
            warnSizedCrops(c, warnings);
            if (marks) {
                drawing = new PrinterMarks(styles).withSlug(drawing, slug(issue, c.page()));
            }
            pages.add(new PageLayout(c.page(), c.plan(), c.galleys(), drawing, c.jumps(), bodySize, crops, white));
        }
        warnings.addAll(EmptyPages.warnings(pages));
        return new LayoutReport(title, pages, composed.overset(), warnings, summary, composed.uncovered(),
                created(issue));
    }

    /**
     * What the issue asks that no page can give, found before any page is composed: a photo that is there but cannot
     * be used (a missing one is a warning), an advertisement block the page cannot hold or a file it cannot place, a
     * span wider than the page. Gives the pages with each photo's aspect known.
     */
    private List<Page> check(Issue issue, Path base, List<Warning> warnings) throws IssueFormatException {
        PageGeometry g = spec.geometry();
        List<Page> checked = new ArrayList<>();
        for (Page page : issue.pages()) {
            checked.add(PhotoCheck.check(page, base, warnings));
            AdCheck.check(page, base, spec, warnings);
            for (Article a : page.articles()) {
                if (a.span() != null && a.span() > g.columns()) {
                    throw new IssueFormatException(a.pos(), Message.of("issue.span-too-wide", a.span(), spec.name(),
                            g.columns()), null);
                }
                photoFits(a, g.columns());
            }
        }
        return checked;
    }

    /**
     * A photo the desk sized in columns stands in its article's module: no wider than the page, the article's
     * {@code span:} or its fixed {@code module:}.
     */
    private void photoFits(Article a, int columns) throws IssueFormatException {
        for (Block b : a.body()) {
            if (b instanceof Photo p && p.size() != null && p.size().columns() > 0) {
                int c = p.size().columns();
                if (c > columns) {
                    throw new IssueFormatException(p.pos(), Message.of("photo.size-too-wide", p.size(), spec.name(),
                            columns), null);
                }
                Integer span = a.span() != null ? a.span() : a.fixed().hasSize() ? a.fixed().columns() : null;
                if (span != null && c > span) {
                    throw new IssueFormatException(p.pos(), Message.of("photo.size-over-span", p.size(), span), null);
                }
            }
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

    /** Once per JVM: the first render of a process is the slow one. */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    /**
     * On a machine with a second core, loads and exercises the PDF writer and the faces' outlines on a daemon
     * thread while this one typesets and composes (see {@link PdfRenderer#warmUp}). A failure there is no concern of
     * the job: the real render meets it again and reports it.
     */
    private void warmUpRenderer(StyleBook styles) {
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

    /**
     * A photo under 150 dpi at its placed size prints soft: name the file and its effective resolution. Gives how
     * each photo file on the page was cropped, for the report.
     */
    private static List<PhotoCrop> warnLowResolution(PageDrawing drawing, Path base, List<Warning> warnings)
            throws IOException {
        List<PhotoCrop> crops = new ArrayList<>();
        for (Mark m : drawing.marks()) {
            if (m instanceof ImageMark im) {
                crops.add(PhotoCrop.of(im, base));
                double dpi = Photos.effectiveDpi(im);
                if (dpi < Photos.MIN_DPI) {
                    warnings.add(Warning.of(Warning.Code.PHOTO_LOW_DPI, "photo.low-dpi", im.file(), whole(dpi),
                            whole(im.width() / Length.MM), whole(im.height() / Length.MM), drawing.number(),
                            whole(Photos.MIN_DPI)));
                }
            }
        }
        return crops;
    }

    /**
     * A photo whose columns and lines the issue fixed ({@code size: 2x20}) is cropped to that box whatever its
     * shape; past the crop limit the page maker keeps for other photos, say so at the photo's line.
     */
    private static void warnSizedCrops(ComposedPage c, List<Warning> warnings) {
        for (paiban.compose.Module m : c.plan().modules()) {
            paiban.galley.ArticleGalley galley = c.galleys().get(m.article());
            if (m.photo() == null || galley == null || galley.photoLimits().lines() == 0) {
                continue;
            }
            double change = PhotoCrop.slotChange(m.photo(), galley, c.grid().geometry());
            if (Math.abs(change) > paiban.compose.PhotoLimits.CROP_LIMIT + 0.0005) {
                Photo p = galley.photos().get(0);
                warnings.add(Warning.at(Warning.Code.PHOTO_CROP, p.pos(), "photo.sized-crop", p.path(), p.size(),
                        whole(Math.abs(change) * 100), whole(paiban.compose.PhotoLimits.CROP_LIMIT * 100)));
            }
        }
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** The report's title: paper, date and number, as far as the issue gives them. */
    static String title(Issue issue) {
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


}
