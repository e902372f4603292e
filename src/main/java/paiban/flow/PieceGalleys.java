package paiban.flow;

import java.util.HashMap;
import java.util.Map;
import paiban.galley.ArticleGalley;
import paiban.galley.GalleySetter;

/**
 * The galleys of an issue's pieces, by setter (one per body size) and span: a piece moving from page to page, or
 * a page tried at a second body size, never sets the same text twice.
 */
final class PieceGalleys {

    private final Map<Piece, Map<GalleySetter, Map<Integer, ArticleGalley>>> set = new HashMap<>();
    /** The guides (导读) the issue's pages carry: their galleys are set by the guide, not as articles. */
    private Guides guides = Guides.NONE;

    /** The issue's guides, before its pages are composed. */
    void use(Guides issueGuides) {
        this.guides = issueGuides;
    }

    /** Whether the article stands for a page's guide. */
    boolean isGuide(paiban.model.Article a) {
        return guides.isBox(a);
    }

    /** The piece set at {@code span} columns, once per piece, setter and span. */
    ArticleGalley at(Piece piece, GalleySetter setter, int span) {
        return set.computeIfAbsent(piece, k -> new HashMap<>()).computeIfAbsent(setter, k -> new HashMap<>())
                .computeIfAbsent(span, s -> piece.isRest()
                        ? setter.continuation(piece.article(), piece.rest(), piece.fromPage(), s)
                        : whole(piece, setter, s));
    }

    private ArticleGalley whole(Piece piece, GalleySetter setter, int span) {
        if (guides.isBox(piece.article())) {
            return guides.galley(piece.article(), setter, span);
        }
        return setter.set(piece.article(), span, piece.rank(), piece.fit());
    }
}
