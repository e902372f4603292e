package paiban.compose;

import java.util.ArrayList;
import java.util.List;
import paiban.message.Message;

/**
 * Modules the desk fixed by hand ({@link FixedModule}): what the page must be able to honour before the page maker
 * searches (an error naming the article otherwise), and the rules the search keeps to honour them: a module with a
 * fixed corner is the top of its cell, in the column it asks for, in a band that starts on the line it asks for.
 */
final class FixedModules {
    /** A band holding no anchored article. */
    static final int FREE = -1;
    /** A band holding anchored articles that ask for different lines: it cannot be. */
    static final int CONFLICT = -2;

    private FixedModules() {
    }

    /**
     * Fails with the article's index when its fixed module cannot stand on this page: outside the columns or the
     * body area (whose foot is over any ad block the page books), too short for its headline, or overlapping another
     * fixed module. Lines in messages count the type area from 1, as the report does.
     */
    static void check(List<ArticleRequest> requests, int columns, int bodyTop, int bodyLines) throws PinException {
        int foot = bodyTop + bodyLines;
        for (int i = 0; i < requests.size(); i++) {
            ArticleRequest r = requests.get(i);
            FixedModule f = r.fixed();
            int span = r.spanPin() == null ? 1 : r.spanPin();
            if (f.anchored() && f.col() + span > columns) {
                throw new PinException(i, Message.of("fixed.past-columns", r.title(), f.col() + 1, span, columns));
            }
            if (f.anchored() && (f.line() < bodyTop || f.line() >= foot)) {
                throw new PinException(i, Message.of("fixed.outside-body", r.title(), f.line() + 1, bodyTop + 1,
                        foot));
            }
            int from = f.anchored() ? f.line() : bodyTop;
            if (f.sized() && from + f.lines() > foot) {
                throw new PinException(i, Message.of("fixed.past-foot", r.title(), f.lines(), from + 1, foot));
            }
            if (f.sized()) {
                ArticleExtent e = r.extentAtSpan().apply(span);
                if (e != null && e.headlineLines() + 1 > f.lines()) {
                    throw new PinException(i, Message.of("fixed.too-small", r.title(), f.lines(), e.headlineLines(),
                            span));
                }
            }
            for (int j = 0; j < i; j++) {
                if (overlap(requests.get(j), r)) {
                    throw new PinException(i, Message.of("fixed.overlap", r.title(), requests.get(j).title()));
                }
            }
        }
    }

    /** Whether two anchored and sized modules share a column-line. */
    private static boolean overlap(ArticleRequest a, ArticleRequest b) {
        FixedModule f = a.fixed();
        FixedModule g = b.fixed();
        if (!f.anchored() || !g.anchored() || !f.sized() || !g.sized()) {
            return false;
        }
        int fs = a.spanPin() == null ? 1 : a.spanPin();
        int gs = b.spanPin() == null ? 1 : b.spanPin();
        return f.col() < g.col() + gs && g.col() < f.col() + fs && f.line() < g.line() + g.lines()
                && g.line() < f.line() + f.lines();
    }

    static boolean anyFixed(List<ArticleRequest> requests) {
        return requests.stream().anyMatch(r -> r.fixed().anchored() || r.fixed().sized());
    }

    /** The requests with nothing fixed by hand: neither corner, nor height, nor the width a module size pins. */
    static List<ArticleRequest> unfixed(List<ArticleRequest> requests) {
        List<ArticleRequest> out = new ArrayList<>();
        for (ArticleRequest r : requests) {
            boolean fixed = r.fixed().anchored() || r.fixed().sized();
            out.add(!fixed ? r : new ArticleRequest(r.title(), r.fixed().sized() ? null : r.spanPin(), r.pinTop(),
                    r.side(), r.extentAtSpan(), r.minSpan(), FixedModule.FREE));
        }
        return out;
    }

    /** The requests with every corner left to the page maker: what it makes when it cannot honour them all. */
    static List<ArticleRequest> unanchored(List<ArticleRequest> requests) {
        List<ArticleRequest> out = new ArrayList<>();
        for (ArticleRequest r : requests) {
            out.add(r.fixed().anchored() ? r.unanchored() : r);
        }
        return out;
    }

    /**
     * The line (from the body area's top) a band of articles {@code first..end-1} must start on: {@link #FREE} when
     * none is anchored, {@link #CONFLICT} when two ask for different lines.
     */
    static int bandTop(Extents ex, int first, int end, int bodyTop) {
        int top = FREE;
        for (int a = first; a < end; a++) {
            FixedModule f = ex.fixed(a);
            if (f.anchored()) {
                int line = f.line() - bodyTop;
                if (top != FREE && top != line) {
                    return CONFLICT;
                }
                top = line;
            }
        }
        return top;
    }

    /** Whether every anchored article of the band stands at the top of its cell, in the column it asks for. */
    static boolean columnsHeld(Extents ex, int first, int[] cellSizes, int[] spans, boolean mirrored) {
        int a = first;
        for (int c = 0; c < cellSizes.length; c++) {
            int col = 0;
            for (int d = 0; d < spans.length; d++) {
                col += (mirrored ? d > c : d < c) ? spans[d] : 0;
            }
            for (int k = 0; k < cellSizes[c]; k++, a++) {
                FixedModule f = ex.fixed(a);
                if (f.anchored() && (k > 0 || f.col() != col)) {
                    return false;
                }
            }
        }
        return true;
    }
}
