package paiban.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import paiban.compose.ArticleExtent;
import paiban.compose.ArticleRequest;
import paiban.compose.Module;
import paiban.compose.PageMaker;
import paiban.compose.PhotoSlot;
import paiban.compose.PagePlan;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.CaptionBlock;
import paiban.galley.GalleySetter;
import paiban.galley.SetLine;
import paiban.galley.StyleBook;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.model.Photo;
import paiban.page.PageAssembler;
import paiban.parse.IssueFormatException;
import paiban.page.PageDrawing;
import paiban.render.FontEmbedder;
import paiban.render.PdfRenderer;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;
import paiban.text.Line;

/**
 * One run of the engine over a parsed issue: typeset every article at every span the page maker asks for, compose
 * each page, assemble furniture and modules into drawings, and render them into one PDF. Nothing here prints; the
 * report says what happened.
 */
public final class LayoutJob {

    /**
     * Articles composed on one page at most; any after them are reported as overset, whole. Far more than a page
     * can show (every module takes a headline block and a line of text, and a band holds at most four), so it only
     * bounds the work a runaway file can cause.
     */
    public static final int MAX_ARTICLES_PER_PAGE = 100;
    /** Longest article title quoted in reports, in characters. */
    static final int TITLE_SHOWN = 30;

    private final LayoutSpec spec;
    private final FontLibrary fonts;
    private final FontEmbedder embedder;

    public LayoutJob(LayoutSpec spec, FontLibrary fonts, FontEmbedder embedder) {
        this.spec = spec;
        this.fonts = fonts;
        this.embedder = embedder;
    }

    /**
     * @throws IssueFormatException when a photo the issue names exists but cannot be used (damaged, not an image,
     *                              too large); checked before any page is composed
     */
    public LayoutReport run(Issue issue) throws IOException, PinException, IssueFormatException {
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
        for (Page page : issue.pages()) {
            PhotoCheck.check(page, base, warnings);
        }
        for (Page page : issue.pages()) {
            boolean front = page.number() == 1;
            int top = assembler.furnitureLines(front);
            PageMaker maker = new PageMaker(g.columns(), top, g.lines() - top, g.columnWidth(), g.gutter(), g.linePitch());
            Map<Integer, Map<Integer, ArticleGalley>> cache = new HashMap<>();
            List<ArticleRequest> requests = new ArrayList<>();
            List<Article> articles = page.articles();
            List<Overset> notComposed = new ArrayList<>();
            if (articles.size() > MAX_ARTICLES_PER_PAGE) {
                for (Article a : articles.subList(MAX_ARTICLES_PER_PAGE, articles.size())) {
                    notComposed.add(whole(page, a, characters(a)));
                }
                warnings.add(page.pos() + ": 第" + page.number() + "版 has " + articles.size()
                        + " articles; only the first " + MAX_ARTICLES_PER_PAGE + " are composed");
                articles = articles.subList(0, MAX_ARTICLES_PER_PAGE);
            }
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                final int index = i;
                final boolean lead = front && i == 0;
                if (a.span() != null && a.span() > g.columns()) {
                    throw new IssueFormatException(a.pos(), "'span: " + a.span() + "' is wider than the page: layout "
                            + spec.name() + " has " + g.columns() + " columns", null);
                }
                requests.add(new ArticleRequest(shortTitle(a), a.span(), "top".equals(a.place()), span -> {
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
            } catch (PinException e) {
                throw located(e, page, articles);
            }
            Map<Integer, ArticleGalley> chosen = new HashMap<>();
            for (Module m : plan.modules()) {
                ArticleGalley galley = cache.get(m.article()).get(m.span());
                chosen.put(m.article(), galley);
                Overset o = overset(page, galley, m, g);
                if (o != null) {
                    overset.add(o);
                }
            }
            overset.addAll(notComposed);
            summary.add(summary(page, plan, chosen));
            drawings.add(assembler.assemble(issue.info(), page, front, plan, chosen, base, title));
        }
        byte[] pdf = new PdfRenderer(embedder).render(drawings, title);
        return new LayoutReport(pdf, overset, warnings, summary);
    }

    /** A pin that cannot be honoured, at the line of the article it names (else of the page). */
    private static PinException located(PinException e, Page page, List<Article> articles) {
        String where = String.valueOf(page.pos()) + ": 第" + page.number() + "版";
        for (Article a : articles) {
            if (e.getMessage().startsWith("\"" + shortTitle(a) + "\"")) {
                where = String.valueOf(a.pos());
                break;
            }
        }
        return new PinException(where + ": " + e.getMessage());
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

    /**
     * What of the article the module could not show, or null when all of it is on the page: body lines past the
     * last leg, headline lines and captions cut off by the foot of the page, or the whole article when its module
     * has no room at all. The page assembler draws exactly the rest.
     */
    private static Overset overset(Page page, ArticleGalley galley, Module m, PageGeometry g) {
        Article a = galley.article();
        if (m.lines() <= 0) {
            StringBuilder all = new StringBuilder();
            galley.head().lines().forEach(l -> all.append(l.line().text()));
            galley.body().forEach(l -> all.append(l.text()));
            if (!galley.captions().isEmpty()) {
                galley.captions().values().iterator().next().lines().forEach(l -> all.append(l.line().text()));
            }
            return whole(page, a, all.toString());
        }
        StringBuilder text = new StringBuilder();
        int lines = 0;
        float gap = g.linePitch() - g.bodySize();
        List<SetLine> shown = galley.head().within(m.headlineLines() * g.linePitch() - gap);
        for (SetLine l : galley.head().lines()) {
            if (!shown.contains(l)) {
                text.append(l.line().text());
                lines++;
            }
        }
        for (Line l : galley.body().subList(galley.body().size() - m.overset(), galley.body().size())) {
            text.append(l.text());
            lines++;
        }
        PhotoSlot slot = m.photo();
        CaptionBlock captions = slot == null ? null : galley.captions().get(slot.span());
        if (captions != null) {
            float room = (m.line() + m.lines() - slot.line() - slot.lines()) * g.linePitch() - gap;
            List<SetLine> fit = captions.within(room);
            for (SetLine l : captions.lines()) {
                if (!fit.contains(l)) {
                    text.append(l.line().text());
                    lines++;
                }
            }
        }
        if (lines == 0) {
            return null;
        }
        String chars = printable(text.toString());
        return new Overset(page.number(), shortTitle(a), String.valueOf(a.pos()), lines,
                chars.codePointCount(0, chars.length()), firstWords(chars));
    }

    private static Overset whole(Page page, Article a, String text) {
        String chars = printable(text);
        return new Overset(page.number(), shortTitle(a), String.valueOf(a.pos()), 0,
                chars.codePointCount(0, chars.length()), firstWords(chars), true);
    }

    /** All the text of an article as the issue holds it, for one that is not composed at all. */
    private static String characters(Article a) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {a.column(), a.kicker(), a.title(), a.subtitle(), a.dateline()}) {
            sb.append(s == null ? "" : s);
        }
        for (Block b : a.body()) {
            sb.append(b instanceof Paragraph p ? p.text() : ((Photo) b).caption());
        }
        return sb.append(a.byline() == null ? "" : a.byline()).toString();
    }

    private static String printable(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String firstWords(String chars) {
        return chars.codePointCount(0, chars.length()) > 12
                ? chars.substring(0, chars.offsetByCodePoints(0, 12)) + "…" : chars;
    }

    /** The title for messages: a runaway headline is cut after {@value #TITLE_SHOWN} characters. */
    static String shortTitle(Article a) {
        String t = a.title();
        return t.codePointCount(0, t.length()) > TITLE_SHOWN ? t.substring(0, t.offsetByCodePoints(0, TITLE_SHOWN)) + "…"
                : t;
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
            sb.append("\n  ").append(shortTitle(chosen.get(m.article()).article())).append(": ").append(m.span())
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
