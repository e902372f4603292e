package paiban.compose;

import java.util.List;

/**
 * Each article's extent per span, and the heights its shapes can take there, computed once per page so the page
 * maker's search only does arithmetic. Every span has two forms: the headline across the module, and the headline
 * inset by {@link #INSET} column (its text starting at the top beside the headline).
 */
final class Extents {
    /** Columns of text an inset headline leaves beside it, at the module's right. */
    static final int INSET = 1;

    private final List<ArticleRequest> requests;
    private final int columns;
    private final double columnWidth;
    private final double gutter;
    private final double pitch;
    /** The article's extent at every span its pins allow (null where they forbid it). */
    private final ArticleExtent[][] at;
    /** Every extent asked for, by span: those {@link #at} allows, and narrower ones for an inset headline's depth. */
    private final ArticleExtent[][] any;
    /** [form][article][span]; form 0 = headline across, 1 = inset; a min of 0 means the form cannot be set. */
    private final int[][][] min;
    private final int[][][] max;
    /** The least height that holds all the text: {@link #min}, but for a module fixed shorter by hand. */
    private final int[][][] least;
    private final ModuleShape[][][][] shapes;

    Extents(List<ArticleRequest> requests, int columns, double columnWidth, double gutter, double pitch) {
        this.requests = requests;
        this.columns = columns;
        this.columnWidth = columnWidth;
        this.gutter = gutter;
        this.pitch = pitch;
        int n = requests.size();
        at = new ArticleExtent[n][columns + 1];
        any = new ArticleExtent[n][columns + 1];
        min = new int[2][n][columns + 1];
        max = new int[2][n][columns + 1];
        least = new int[2][n][columns + 1];
        shapes = new ModuleShape[2][n][columns + 1][];
        for (int a = 0; a < n; a++) {
            ArticleRequest r = requests.get(a);
            for (int s = 1; s <= columns; s++) {
                // a span too narrow for the photo's own width (size: 3栏 in two columns) is ruled out as a pin would
                if (r.allows(s, s)) {
                    ArticleExtent e = extentAt(a, s);
                    at[a][s] = e == null || e.photoSpans(s).length > 0 ? e : null;
                }
            }
            for (int s = 1; s <= columns; s++) {
                if (at[a][s] == null) {
                    continue;
                }
                for (int form = 0; form < 2; form++) {
                    int inset = form * INSET;
                    if (inset >= s || !r.allows(s, s - inset)) {
                        continue;
                    }
                    ArticleExtent e = extent(a, s, inset);
                    int lo = Integer.MAX_VALUE;
                    int hi = 0;
                    for (int k : photoSpans(e, s)) {
                        int m = ModuleShape.minHeight(e, s, k, columnWidth, gutter, pitch, inset);
                        if (m > 0) {
                            lo = Math.min(lo, m);
                            hi = Math.max(hi, ModuleShape.maxFilledHeight(e, s, k, columnWidth, gutter, pitch, inset));
                        }
                    }
                    if (lo == Integer.MAX_VALUE) {
                        continue;
                    }
                    least[form][a][s] = lo;
                    min[form][a][s] = lo;
                    max[form][a][s] = Math.max(hi, lo);
                    if (r.fixed().sized()) {
                        // the desk's height, whatever the text: too short, its text runs on (下转) or is overset
                        min[form][a][s] = r.fixed().lines();
                        max[form][a][s] = r.fixed().lines();
                    }
                    shapes[form][a][s] = new ModuleShape[max[form][a][s] + 2];
                }
            }
        }
    }

    private ArticleExtent extentAt(int a, int s) {
        if (any[a][s] == null) {
            any[a][s] = requests.get(a).extentAtSpan().apply(s);
        }
        return any[a][s];
    }

    /** The extent of a module of {@code span} columns whose headline leaves {@code inset} columns beside it. */
    private ArticleExtent extent(int a, int span, int inset) {
        return inset == 0 ? at[a][span] : new SplitExtent(at[a][span], extentAt(a, span - inset).headlineLines());
    }

    ArticleExtent at(int a, int span) {
        return at[a][span];
    }

    /** What the desk fixed of the article's module. */
    FixedModule fixed(int a) {
        return requests.get(a).fixed();
    }

    /** The edge of the type area the article is pinned to, or null. */
    ArticleRequest.Side side(int a) {
        return requests.get(a).side();
    }

    /** The extent as the module's costs see it: the headline at its own width. */
    ArticleExtent at(int a, int span, boolean inset) {
        return extent(a, span, inset ? INSET : 0);
    }

    /** Whether the article can be set at this span in this form. */
    boolean settable(int a, int span, boolean inset) {
        return at[a][span] != null && min[inset ? 1 : 0][a][span] > 0;
    }

    int min(int a, int span) {
        return min[0][a][span];
    }

    int max(int a, int span) {
        return max[0][a][span];
    }

    int min(int a, int span, boolean inset) {
        return min[inset ? 1 : 0][a][span];
    }

    int max(int a, int span, boolean inset) {
        return max[inset ? 1 : 0][a][span];
    }

    int maxHeightAny(int a) {
        int m = 0;
        for (int s = 1; s <= columns; s++) {
            if (at[a][s] != null) {
                m = Math.max(m, Math.max(max[0][a][s], max[1][a][s]));
            }
        }
        return m;
    }

    /**
     * The best-filling shape of a banner article: its body at {@code span}, its headline {@code banner} lines and no
     * air, as its neighbours stand right under those lines.
     */
    ModuleShape bannerShape(int a, int span, int target, int banner) {
        ArticleExtent e = new SplitExtent(at[a][span], banner);
        ModuleShape best = null;
        for (int k : photoSpans(e, span)) {
            ModuleShape s = ModuleShape.fit(e, span, k, target, columnWidth, gutter, pitch, 0, 0);
            if (s != null && (best == null || s.usedHeight() > best.usedHeight())) {
                best = s;
            }
        }
        return best;
    }

    /** The best-filling shape of an article at a span and form within a target height (cached). */
    ModuleShape shape(int a, int span, int target, boolean inset) {
        int form = inset ? 1 : 0;
        ModuleShape[] cache = shapes[form][a][span];
        int key = Math.min(target, cache.length - 1);
        if (cache[key] == null) {
            ModuleShape best = null;
            ArticleExtent e = extent(a, span, form * INSET);
            for (int k : photoSpans(e, span)) {
                ModuleShape s = ModuleShape.fit(e, span, k, Math.max(target, least[form][a][span]), columnWidth, gutter,
                        pitch, form * INSET);
                if (s != null && (best == null || s.usedHeight() > best.usedHeight())) {
                    best = s;
                }
            }
            cache[key] = best;
        }
        ModuleShape s = cache[key];
        return target == s.height() ? s : new ModuleShape(s.span(), s.headlineLines(), s.photoSpan(), s.photoLines(),
                s.captionLines(), s.bodyLines(), target, s.usedHeight(), s.inset(), s.verticalHead());
    }

    /** The photo's possible widths ({@link ArticleExtent#photoSpans}); {0} without a photo. */
    static int[] photoSpans(ArticleExtent e, int span) {
        return e.photoSpans(span);
    }
}
