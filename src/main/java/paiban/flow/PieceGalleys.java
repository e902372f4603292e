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

    /** The piece set at {@code span} columns, once per piece, setter and span. */
    ArticleGalley at(Piece piece, GalleySetter setter, int span) {
        return set.computeIfAbsent(piece, k -> new HashMap<>()).computeIfAbsent(setter, k -> new HashMap<>())
                .computeIfAbsent(span, s -> piece.isRest()
                        ? setter.continuation(piece.article(), piece.rest(), piece.fromPage(), s)
                        : whole(piece, setter, s));
    }

    private static ArticleGalley whole(Piece piece, GalleySetter setter, int span) {
        return setter.set(piece.article(), span, piece.rank());
    }
}
