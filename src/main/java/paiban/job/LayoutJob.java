package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import paiban.compose.ArticleExtent;
import paiban.compose.ArticleRequest;
import paiban.compose.Module;
import paiban.compose.PageMaker;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.page.ImageMark;
import paiban.page.Mark;
import paiban.page.PageAssembler;
import paiban.page.PageDrawing;
import paiban.page.PrinterMarks;
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
 * One run of the engine over a parsed issue: typeset every article at every span the page maker asks for, compose
 * each page, assemble furniture and modules into drawings, and render them into one PDF. Nothing here prints; the
 * report says what happened.
 */
public final class LayoutJob {

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

    public LayoutReport run(Issue issue) throws IOException, PinException {
        StyleBook styles = new StyleBook(spec, fonts);
        GalleySetter setter = new GalleySetter(styles);
        PageAssembler assembler = new PageAssembler(styles);
        PageGeometry g = spec.geometry();
        Path base = issue.source() == null ? null : issue.source().toAbsolutePath().getParent();
        List<PageDrawing> drawings = new ArrayList<>();
        List<Overset> overset = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        String title = title(issue);
        if (spec.output().pdfx() == OutputSpec.Pdfx.X4 && spec.output().iccProfile() == null) {
            warnings.add("layout " + spec.name() + ": PDF/X-4 needs the printer's output profile (output: icc-profile:);"
                    + " the file names the IFRA26 condition only and will not pass a PDF/X-4 preflight");
        }
        for (Page page : issue.pages()) {
            boolean front = page.number() == 1;
            warnMissingPhotos(page, base, warnings);
            int top = assembler.furnitureLines(front);
            PageMaker maker = new PageMaker(g.columns(), top, g.lines() - top, g.columnWidth(), g.gutter(), g.linePitch());
            Map<Integer, Map<Integer, ArticleGalley>> cache = new HashMap<>();
            List<ArticleRequest> requests = new ArrayList<>();
            List<Article> articles = page.articles();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                final int index = i;
                final boolean lead = front && i == 0;
                requests.add(new ArticleRequest(a.title(), a.span(), "top".equals(a.place()), span -> {
                    return cache.computeIfAbsent(index, k -> new HashMap<>()).computeIfAbsent(span, s -> {
                        try {
                            return setter.set(a, s, lead);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }));
            }
            PagePlan plan;
            try {
                plan = maker.make(requests);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            Map<Integer, ArticleGalley> chosen = new HashMap<>();
            for (Module m : plan.modules()) {
                ArticleGalley galley = cache.get(m.article()).get(m.span());
                chosen.put(m.article(), galley);
                if (m.overset() > 0) {
                    overset.add(overset(page, galley, m));
                }
            }
            summary.add(summary(page, plan, chosen));
            PageDrawing drawing = assembler.assemble(issue.info(), page, front, plan, chosen, base, title);
            warnLowResolution(drawing, warnings);
            if (marks) {
                drawing = new PrinterMarks(styles).withSlug(drawing, slug(issue, page));
            }
            drawings.add(drawing);
        }
        byte[] pdf = new PdfRenderer(embedder).render(drawings, title, new PdfOutput(spec.output(), marks, created(issue)));
        return new LayoutReport(pdf, overset, warnings, summary);
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

    private static void warnMissingPhotos(Page page, Path base, List<String> warnings) {
        for (Article a : page.articles()) {
            for (Block b : a.body()) {
                if (b instanceof Photo p) {
                    Path file = base == null ? Path.of(p.path()) : base.resolve(p.path());
                    if (!Files.isRegularFile(file)) {
                        warnings.add(p.pos() + ": photo " + p.path() + " not found; a grey placeholder ("
                                + (p.aspect() == null ? "3:2" : "aspect " + p.aspect()) + ") stands in its place");
                    }
                }
            }
        }
    }

    private static Overset overset(Page page, ArticleGalley galley, Module m) {
        List<Line> lost = galley.body().subList(galley.body().size() - m.overset(), galley.body().size());
        StringBuilder text = new StringBuilder();
        for (Line l : lost) {
            text.append(l.text());
        }
        String chars = text.toString().replaceAll("\\s", "");
        String first = chars.codePointCount(0, chars.length()) > 12
                ? chars.substring(0, chars.offsetByCodePoints(0, 12)) + "…" : chars;
        return new Overset(page.number(), galley.article().title(), String.valueOf(galley.article().pos()), lost.size(),
                chars.codePointCount(0, chars.length()), first);
    }

    private static String summary(Page page, PagePlan plan, Map<Integer, ArticleGalley> chosen) {
        StringBuilder sb = new StringBuilder();
        sb.append("第").append(page.number()).append("版");
        if (page.name() != null) {
            sb.append(' ').append(page.name());
        }
        sb.append(": ").append(plan.modules().size()).append(" articles");
        for (Module m : plan.modules()) {
            ArticleExtent e = chosen.get(m.article());
            sb.append("\n  ").append(chosen.get(m.article()).article().title()).append(": ").append(m.span())
                    .append(" columns × ").append(m.lines()).append(" lines at column ").append(m.col() + 1)
                    .append(", line ").append(m.line() + 1).append(", ").append(e.bodyLines()).append(" body lines in ")
                    .append(m.legs().size()).append(" legs");
            if (m.photo() != null) {
                sb.append(", photo ").append(m.photo().span()).append(" columns × ").append(m.photo().lines()).append(" lines");
            }
        }
        if (plan.emptyLines() > 0) {
            sb.append("\n  ").append(plan.emptyLines()).append(" lines left empty at the foot");
        }
        return sb.toString();
    }
}
