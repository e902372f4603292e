package paiban.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import paiban.compose.Module;
import paiban.font.FontLibrary;
import paiban.galley.ArticleGalley;
import paiban.galley.Uncovered;
import paiban.message.Warning;
import paiban.model.Article;
import paiban.model.Page;
import paiban.spec.LayoutSpec;
import paiban.text.Line;

/**
 * Composes an issue: a fold over its pages, where what page n could not hold (whole articles moved on, the rests of
 * articles cut at its foot) opens page n+1. Only after the last page is what still travels overset. The 下转 lines
 * are written once, at the end, when it is known where each rest landed, so their page numbers are always right.
 */
public final class IssueComposer {

    private final BodySizePolicy sizes;
    private final PieceGalleys galleys = new PieceGalleys();
    private final PageComposer pages;

    /**
     * @param base       the grid of the layout's own body size
     * @param largerSpec the layout at the larger body size it permits for thin pages, or null
     */
    public IssueComposer(BodyGrid base, LayoutSpec largerSpec, FontLibrary fonts) {
        this.sizes = new BodySizePolicy(base, largerSpec, fonts);
        this.pages = new PageComposer(sizes, galleys);
    }

    public ComposedIssue compose(List<Page> written) {
        LayoutSpec spec = sizes.base().spec();
        Guides guides = Guides.of(written, spec.furniture(), spec.geometry().columns());
        galleys.use(guides);
        List<Page> issuePages = guides.pages(written);
        List<PageComposition> composed = new ArrayList<>();
        List<Piece> travelling = List.of();
        List<Overset> overset = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(guides.warnings());
        for (int p = 0; p < issuePages.size(); p++) {
            PageComposition page = pages.compose(issuePages.get(p), travelling, p + 1 < issuePages.size());
            composed.add(page);
            overset.addAll(page.overset());
            warnings.addAll(page.warnings());
            travelling = page.overflow();
        }
        if (!issuePages.isEmpty()) {
            Page last = issuePages.get(issuePages.size() - 1);
            for (Piece piece : travelling) {
                overset.add(piece.isRest() ? OversetCount.rest(last, piece)
                        : OversetCount.whole(last, piece.article()));
            }
        }
        List<ComposedPage> done = new ArrayList<>();
        Map<paiban.model.SourcePos, Integer> landed = Guides.landed(composed);
        for (int i = 0; i < composed.size(); i++) {
            done.add(guides.fill(withJumpLines(composed, i), landed, warnings));
            warnings.addAll(Moves.notes(composed, i));
        }
        return new ComposedIssue(done, overset, uncovered(composed), warnings);
    }

    /** Page {@code i} with each 下转 line it owes written, pointing at the page where the rest landed. */
    private ComposedPage withJumpLines(List<PageComposition> composed, int i) {
        PageComposition c = composed.get(i);
        Map<Integer, ArticleGalley> galleys = new HashMap<>(c.galleys());
        List<Jump> jumps = new ArrayList<>();
        for (JumpOwed out : c.jumps()) {
            int target = landing(composed, i, out.rest());
            ArticleGalley galley = galleys.get(out.module());
            List<Line> here = new ArrayList<>(galley.body().subList(0, out.placed() - 1));
            here.add(c.grid().setter().jumpLine(target));
            galleys.put(out.module(), galley.withBody(here));
            jumps.add(new Jump(MessageTitle.of(galley.article()), c.page().number(), target, out.rest().rest().size()));
        }
        return new ComposedPage(c.page(), c.front(), c.plan(), c.grid(), c.grid() != sizes.base(), galleys, jumps);
    }

    /** The page where some of the rest stands; the next page when it stands nowhere (it is then overset). */
    private static int landing(List<PageComposition> composed, int from, Piece rest) {
        int j = PageComposition.holder(composed, from, rest);
        return j < 0 ? composed.get(from).page().number() + 1 : composed.get(j).page().number();
    }

    /** The characters no font covers, each article's once, from the first page that shows it. */
    private static List<Uncovered> uncovered(List<PageComposition> composed) {
        Set<Article> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Uncovered> out = new ArrayList<>();
        for (PageComposition c : composed) {
            for (Module m : c.plan().modules()) {
                Article a = c.pieces().get(m.article()).article();
                if (reported.add(a)) {
                    out.addAll(c.grid().setter().uncovered(a));
                }
            }
        }
        return out;
    }
}
