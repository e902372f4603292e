package paiban.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import paiban.galley.ArticleGalley;
import paiban.message.Warning;
import paiban.galley.GalleySetter;
import paiban.model.Article;
import paiban.model.Furniture;
import paiban.model.Page;
import paiban.model.Paragraph;
import paiban.model.Place;
import paiban.model.SourcePos;
import paiban.model.Span;
import paiban.spec.FurnitureSpec;

/**
 * The guides (导读, 要目) an issue's pages carry ({@code contents:} under a page heading): each lists articles of the
 * later pages with the page where each stands. The writer chooses them ({@code contents: yes} on an article); when no
 * article of the later pages is chosen, the guide lists the first article of each later page ({@code contents: no}
 * keeps an article out, and the next one stands for its page).
 *
 * <p>A guide is composed as an article of its page: a boxed module the page maker places, second in importance
 * after the page's lead, which never moves on to a later page. It is set first with the pages the articles were
 * written on; once the issue is composed, {@link #fill} sets it again with the pages where they landed (moved on
 * whole or not) in the same lines, so nothing on its page moves.
 */
final class Guides {

    /** One page's guide: the article that stands for it on its page, and what it lists. */
    record Guide(Article box, List<Article> listed) {
    }

    /** An issue without a guide. */
    static final Guides NONE = new Guides(List.of(), List.of(), List.of());

    private final Map<Article, Guide> byBox = new IdentityHashMap<>();
    private final List<Page> pages;
    private final List<Integer> numbers;
    private final List<Warning> warnings;

    private Guides(List<Guide> guides, List<Page> pages, List<Warning> warnings) {
        guides.forEach(g -> byBox.put(g.box(), g));
        this.pages = List.copyOf(pages);
        this.numbers = pages.stream().map(Page::number).toList();
        this.warnings = List.copyOf(warnings);
    }

    /** The guides the issue's pages ask for, their box style and width from the layout. */
    static Guides of(List<Page> issue, FurnitureSpec furniture, int columns) {
        List<Guide> guides = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int firstCarrier = -1;
        for (int i = 0; i < issue.size(); i++) {
            Page page = issue.get(i);
            String title = page.info().contents();
            if (title == null) {
                pages.add(page);
                continue;
            }
            firstCarrier = firstCarrier < 0 ? i : firstCarrier;
            List<Article> listed = chosen(issue.subList(i + 1, issue.size()));
            if (listed.isEmpty()) {
                warnings.add(Warning.at(Warning.Code.UNPRINTED_ATTRIBUTE, page.pos(), "guide.empty", page.number(),
                        title));
                pages.add(page);
                continue;
            }
            Article box = box(title, page.pos(), listed, furniture, columns);
            guides.add(new Guide(box, listed));
            List<Article> articles = new ArrayList<>(page.articles());
            articles.add(box);
            pages.add(new Page(page.number(), page.name(), page.info(), articles, page.pos()));
        }
        for (int i = 0; i < issue.size(); i++) {
            for (Article a : issue.get(i).articles()) {
                if (Boolean.TRUE.equals(a.contents()) && (firstCarrier < 0 || i <= firstCarrier)) {
                    warnings.add(Warning.at(Warning.Code.UNPRINTED_ATTRIBUTE, a.pos(),
                            firstCarrier < 0 ? "guide.mark-no-guide" : "guide.mark-too-early", MessageTitle.of(a)));
                }
            }
        }
        return guides.isEmpty() && warnings.isEmpty() ? NONE : new Guides(guides, pages, warnings);
    }

    /** The articles marked {@code contents: yes}; when none is, the first article of each page not marked no. */
    private static List<Article> chosen(List<Page> later) {
        List<Article> marked = new ArrayList<>();
        List<Article> firsts = new ArrayList<>();
        for (Page p : later) {
            Article first = null;
            for (Article a : leadFirst(p.articles())) {
                if (Boolean.TRUE.equals(a.contents())) {
                    marked.add(a);
                }
                if (first == null && !Boolean.FALSE.equals(a.contents())) {
                    first = a;
                }
            }
            if (first != null) {
                firsts.add(first);
            }
        }
        return marked.isEmpty() ? firsts : marked;
    }

    private static List<Article> leadFirst(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).place() == Place.LEAD) {
                out.add(0, out.remove(i));
                break;
            }
        }
        return out;
    }

    /**
     * The guide as an article: its title as the headline, one paragraph per entry (what overset and brief counts
     * read), in the layout's guide box, pinned to the layout's guide width.
     */
    private static Article box(String title, SourcePos pos, List<Article> listed, FurnitureSpec furniture,
                               int columns) {
        List<paiban.model.Block> body = new ArrayList<>();
        for (Article a : listed) {
            body.add(new Paragraph(List.of(new Span(entry(a), false)), a.pos()));
        }
        return new Article(List.of(title), null, null, null, null, null,
                Math.min(columns, furniture.contentsSpan()), null, body, pos,
                new Furniture(false, furniture.contentsBox()));
    }

    /** An entry's headline: the article's forced headline lines joined by a space, where the breaker prefers to break. */
    private static String entry(Article a) {
        return String.join(" ", a.headline());
    }

    /** The pages to compose: each carrier with its guide as its last article (the page composer puts it second). */
    List<Page> pages(List<Page> issue) {
        return byBox.isEmpty() ? issue : pages;
    }

    List<Warning> warnings() {
        return warnings;
    }

    boolean isBox(Article a) {
        return byBox.containsKey(a);
    }

    /** The guide set at a span, each entry with the page its article was written on: what the page maker sizes. */
    ArticleGalley galley(Article box, GalleySetter setter, int span) {
        return galley(byBox.get(box), setter, span, Map.of());
    }

    /** Sets the guide with each entry's page: where it landed ({@code landed}, by article line), else where written. */
    ArticleGalley galley(Guide g, GalleySetter setter, int span, Map<SourcePos, Integer> landed) {
        List<String> headlines = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Article a : g.listed()) {
            headlines.add(entry(a));
            at.add(landed.getOrDefault(a.pos(), written(a)));
        }
        return setter.contents(g.box(), headlines, at, numbers, span);
    }

    /**
     * The page with its guide set again, each entry naming the page where its article landed; the same lines as
     * before, so the module the page maker made still holds it. An article that landed nowhere (overset) keeps the page
     * it was written on, with a warning.
     */
    ComposedPage fill(ComposedPage page, Map<SourcePos, Integer> landed, List<Warning> notes) {
        if (byBox.isEmpty()) {
            return page;
        }
        Map<Integer, ArticleGalley> galleys = new java.util.HashMap<>(page.galleys());
        for (paiban.compose.Module m : page.plan().modules()) {
            ArticleGalley old = galleys.get(m.article());
            Guide g = old == null ? null : byBox.get(old.article());
            if (g == null) {
                continue;
            }
            for (Article a : g.listed()) {
                if (!landed.containsKey(a.pos())) {
                    notes.add(Warning.at(Warning.Code.MOVED, a.pos(), "guide.entry-overset", MessageTitle.of(a),
                            page.page().number(), written(a)));
                }
            }
            ArticleGalley now = galley(g, page.grid().setter(), old.span(), landed);
            if (now.body().size() == old.body().size()) {
                galleys.put(m.article(), now.withHead(old.head()));
            } else {
                notes.add(Warning.at(Warning.Code.UNPRINTED_ATTRIBUTE, page.page().pos(), "guide.cut",
                        page.page().number()));
            }
        }
        return new ComposedPage(page.page(), page.front(), page.plan(), page.grid(), page.largerBody(), galleys,
                page.jumps());
    }

    /** Where each article's start landed: the first page whose plan shows some of it whole, by the article's line. */
    static Map<SourcePos, Integer> landed(List<PageComposition> composed) {
        Map<SourcePos, Integer> out = new java.util.HashMap<>();
        for (PageComposition c : composed) {
            for (paiban.compose.Module m : c.plan().modules()) {
                Piece p = c.pieces().get(m.article());
                if (!p.isRest() && m.lines() > 0 && c.galleys().containsKey(m.article())) {
                    out.putIfAbsent(p.article().pos(), c.page().number());
                }
            }
        }
        return out;
    }

    /** The page an article was written on. */
    private int written(Article a) {
        for (Page p : pages) {
            for (Article b : p.articles()) {
                if (b == a) {
                    return p.number();
                }
            }
        }
        throw new IllegalStateException("a guide lists an article of no page: " + a.pos());
    }
}
