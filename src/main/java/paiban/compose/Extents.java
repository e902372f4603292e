package paiban.compose;

import java.util.List;

/**
 * Each article's extent per span, and the heights its shapes can take there, computed once per page so the page
 * maker's search only does arithmetic.
 */
final class Extents {
    private final int columns;
    private final double columnWidth;
    private final double gutter;
    private final double pitch;
    private final ArticleExtent[][] at;
    private final int[][] min;
    private final int[][] max;
    private final ModuleShape[][][] shapes;

    Extents(List<ArticleRequest> requests, int columns, double columnWidth, double gutter, double pitch) {
        this.columns = columns;
        this.columnWidth = columnWidth;
        this.gutter = gutter;
        this.pitch = pitch;
        int n = requests.size();
        at = new ArticleExtent[n][columns + 1];
        min = new int[n][columns + 1];
        max = new int[n][columns + 1];
        shapes = new ModuleShape[n][columns + 1][];
        for (int a = 0; a < n; a++) {
            ArticleRequest r = requests.get(a);
            for (int s = 1; s <= columns; s++) {
                if (r.spanPin() == null || r.spanPin() == s) {
                    ArticleExtent e = r.extentAtSpan().apply(s);
                    at[a][s] = e;
                    min[a][s] = Integer.MAX_VALUE;
                    for (int k : photoSpans(e, s)) {
                        min[a][s] = Math.min(min[a][s], ModuleShape.minHeight(e, s, k, columnWidth, gutter, pitch));
                        max[a][s] = Math.max(max[a][s], ModuleShape.maxFilledHeight(e, s, k, columnWidth, gutter, pitch));
                    }
                    max[a][s] = Math.max(max[a][s], min[a][s]);
                    shapes[a][s] = new ModuleShape[max[a][s] + 2];
                }
            }
        }
    }

    ArticleExtent at(int a, int span) {
        return at[a][span];
    }

    int min(int a, int span) {
        return min[a][span];
    }

    int max(int a, int span) {
        return max[a][span];
    }

    int maxHeightAny(int a) {
        int m = 0;
        for (int s = 1; s <= columns; s++) {
            if (at[a][s] != null) {
                m = Math.max(m, max[a][s]);
            }
        }
        return m;
    }

    /** The best-filling shape of a banner article: its body at {@code span}, its headline {@code banner} lines. */
    ModuleShape bannerShape(int a, int span, int target, int banner) {
        ArticleExtent e = new BannerExtent(at[a][span], banner);
        ModuleShape best = null;
        for (int k : photoSpans(e, span)) {
            ModuleShape s = ModuleShape.fit(e, span, k, target, columnWidth, gutter, pitch);
            if (s != null && (best == null || s.usedHeight() > best.usedHeight())) {
                best = s;
            }
        }
        return best;
    }

    /** The best-filling shape of an article at a span within a target height (cached). */
    ModuleShape shape(int a, int span, int target) {
        ModuleShape[] cache = shapes[a][span];
        int key = Math.min(target, cache.length - 1);
        if (cache[key] == null) {
            ModuleShape best = null;
            ArticleExtent e = at[a][span];
            for (int k : photoSpans(e, span)) {
                ModuleShape s = ModuleShape.fit(e, span, k, Math.max(target, min[a][span]), columnWidth, gutter, pitch);
                if (s != null && (best == null || s.usedHeight() > best.usedHeight())) {
                    best = s;
                }
            }
            cache[key] = best;
        }
        ModuleShape s = cache[key];
        return target == s.height() ? s : new ModuleShape(s.span(), s.headlineLines(), s.photoSpan(), s.photoLines(),
                s.captionLines(), s.bodyLines(), target, s.usedHeight());
    }

    /** A photo spans at least half the module (rounded up) and at most all of it. */
    static int[] photoSpans(ArticleExtent e, int span) {
        if (!e.hasPhoto()) {
            return new int[] {0};
        }
        int lo = (span + 1) / 2;
        int[] out = new int[span - lo + 1];
        for (int k = lo; k <= span; k++) {
            out[k - lo] = k;
        }
        return out;
    }
}
