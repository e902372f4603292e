package paiban.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The page maker: chooses a module for every article so the modules tile the body area.
 *
 * <p>The page is cut into horizontal bands, top to bottom in the order of the articles; a band holds one to four
 * articles side by side whose spans add up to the full width, all as tall as the band. A dynamic programme over
 * (articles placed, grid lines used) finds the bands, spans, photo widths and band heights with the least cost:
 * column-lines left empty inside bands and at the foot, plus penalties for legs too short for their span and for
 * a lead that is not the widest article of the first band. Content that cannot fit is clipped from the last band
 * and counted as overset, never dropped silently.
 */
public final class PageMaker {

    /** Grid lines between two bands; the horizontal rule sits in the middle of that line. */
    static final int BAND_GAP = 1;
    static final int MAX_BAND_ARTICLES = 4;
    static final int SHORT_LEG = 5;
    private static final long INF = Long.MAX_VALUE / 4;
    private static final long OVERFLOW_COST = 1_000_000L;

    private final int columns;
    private final int bodyTop;
    private final int bodyLines;
    private final double columnWidth;
    private final double gutter;
    private final double pitch;

    public PageMaker(int columns, int bodyTop, int bodyLines, double columnWidth, double gutter, double pitch) {
        this.columns = columns;
        this.bodyTop = bodyTop;
        this.bodyLines = bodyLines;
        this.columnWidth = columnWidth;
        this.gutter = gutter;
        this.pitch = pitch;
    }

    public PagePlan make(List<ArticleRequest> requests) throws PinException {
        int n = requests.size();
        if (n == 0) {
            return new PagePlan(bodyTop, bodyLines, columns, List.of(), List.of(), bodyLines);
        }
        checkPins(requests);
        int cap = bodyLines * 4 + 400;
        ArticleExtent[][] extents = new ArticleExtent[n][columns + 1];
        for (int a = 0; a < n; a++) {
            for (int s = 1; s <= columns; s++) {
                if (allowed(requests.get(a), s)) {
                    extents[a][s] = requests.get(a).extentAtSpan().apply(s);
                }
            }
        }
        // dp[i][h]: least cost of placing articles 0..i-1 in bands that take h lines (gaps included).
        long[][] dp = new long[n + 1][cap + 1];
        Band[][] from = new Band[n + 1][cap + 1];
        for (long[] row : dp) {
            Arrays.fill(row, INF);
        }
        dp[0][0] = 0;
        for (int i = 0; i < n; i++) {
            for (int h = 0; h <= cap; h++) {
                if (dp[i][h] >= INF) {
                    continue;
                }
                int gap = i == 0 ? 0 : BAND_GAP;
                for (int j = i + 1; j <= Math.min(n, i + MAX_BAND_ARTICLES); j++) {
                    if (j - i > columns || !topPinsAllow(requests, i, j)) {
                        continue;
                    }
                    for (int[] spans : compositions(columns, j - i)) {
                        if (!spansAllowed(extents, i, spans)) {
                            continue;
                        }
                        int lo = 0;
                        int hi = 0;
                        for (int m = 0; m < spans.length; m++) {
                            lo = Math.max(lo, minHeight(extents[i + m][spans[m]], spans[m]));
                            hi = Math.max(hi, maxHeight(extents[i + m][spans[m]], spans[m]));
                        }
                        for (int hb = lo; hb <= hi; hb++) {
                            if (hb > lo && h + gap + hb > cap) {
                                break;
                            }
                            long cost = bandCost(extents, i, spans, hb, h == 0);
                            // Past the horizon all is overset anyway: a band crossing it ends there, so a plan
                            // always exists however much text there is.
                            int nh = Math.min(cap, h + gap + hb);
                            long total = dp[i][h] + cost;
                            if (total < dp[j][nh]) {
                                dp[j][nh] = total;
                                from[j][nh] = new Band(i, j, spans, hb, h + gap);
                            }
                        }
                    }
                }
            }
        }
        int bestH = -1;
        long best = INF;
        for (int h = 0; h <= cap; h++) {
            if (dp[n][h] >= INF) {
                continue;
            }
            long c = dp[n][h] + (h <= bodyLines ? (long) (bodyLines - h) * columns : (h - bodyLines) * OVERFLOW_COST);
            if (c < best) {
                best = c;
                bestH = h;
            }
        }
        if (bestH < 0) {
            throw new PinException("the span wishes of the page's " + (n == 1 ? "article" : n + " articles")
                    + " leave no way to fill its " + columns + " columns side by side (an article alone in a band"
                    + " spans them all); loosen a span");
        }
        List<Band> bands = new ArrayList<>();
        for (int i = n, h = bestH; i > 0; ) {
            Band b = from[i][h];
            bands.add(0, b);
            h = b.top - (b.first == 0 ? 0 : BAND_GAP);
            i = b.first;
        }
        return build(bands, extents, bestH);
    }

    private void checkPins(List<ArticleRequest> requests) throws PinException {
        boolean seenFree = false;
        for (ArticleRequest r : requests) {
            if (r.spanPin() != null && (r.spanPin() < 1 || r.spanPin() > columns)) {
                throw new PinException("\"" + r.title() + "\": span " + r.spanPin() + " cannot be honoured, the page has "
                        + columns + " columns");
            }
            if (r.pinTop() && seenFree) {
                throw new PinException("\"" + r.title() + "\": place top cannot be honoured after an article without it;"
                        + " put the articles pinned to the top first");
            }
            seenFree |= !r.pinTop();
        }
        int topSpans = 0;
        int topCount = 0;
        for (ArticleRequest r : requests) {
            if (r.pinTop()) {
                topCount++;
                topSpans += r.spanPin() == null ? 1 : r.spanPin();
            }
        }
        if (topCount > MAX_BAND_ARTICLES || topSpans > columns) {
            throw new PinException(topCount + " articles pinned to the top need " + topSpans
                    + " columns side by side; the page has " + columns);
        }
    }

    private static boolean allowed(ArticleRequest r, int span) {
        return r.spanPin() == null || r.spanPin() == span;
    }

    /** Articles pinned to the top all go into the first band. */
    private static boolean topPinsAllow(List<ArticleRequest> requests, int i, int j) {
        if (i > 0) {
            return !requests.get(i).pinTop();
        }
        return j >= requests.size() || !requests.get(j).pinTop();
    }

    private static boolean spansAllowed(ArticleExtent[][] extents, int first, int[] spans) {
        for (int m = 0; m < spans.length; m++) {
            if (extents[first + m][spans[m]] == null) {
                return false;
            }
        }
        return true;
    }

    private int minHeight(ArticleExtent e, int span) {
        int best = Integer.MAX_VALUE;
        for (int k : photoSpans(e, span)) {
            best = Math.min(best, ModuleShape.minHeight(e, span, k, columnWidth, gutter, pitch));
        }
        return best;
    }

    private int maxHeight(ArticleExtent e, int span) {
        int best = 0;
        for (int k : photoSpans(e, span)) {
            best = Math.max(best, ModuleShape.maxFilledHeight(e, span, k, columnWidth, gutter, pitch));
        }
        return best;
    }

    /** A photo spans at least half the module (rounded up) and at most all of it. */
    private static int[] photoSpans(ArticleExtent e, int span) {
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

    private ModuleShape shape(ArticleExtent e, int span, int target) {
        ModuleShape best = null;
        for (int k : photoSpans(e, span)) {
            ModuleShape s = ModuleShape.fit(e, span, k, target, columnWidth, gutter, pitch);
            if (s != null && (best == null || s.usedHeight() > best.usedHeight())) {
                best = s;
            }
        }
        return best;
    }

    private long bandCost(ArticleExtent[][] extents, int first, int[] spans, int hb, boolean firstBand) {
        long cost = 0;
        for (int m = 0; m < spans.length; m++) {
            ArticleExtent e = extents[first + m][spans[m]];
            ModuleShape s = shape(e, spans[m], hb);
            if (s == null) {
                return INF / 4;
            }
            cost += (long) spans[m] * (hb - s.usedHeight());
            int leg = ModuleShape.ceilDiv(e.bodyLines(), spans[m]);
            if (spans[m] > 1 && leg < SHORT_LEG) {
                cost += (long) (SHORT_LEG - leg) * spans[m] * 4;
            }
        }
        if (firstBand) {
            for (int m = 1; m < spans.length; m++) {
                if (spans[m] > spans[0]) {
                    cost += columns * 10L;
                }
            }
        }
        return cost;
    }

    private PagePlan build(List<Band> bands, ArticleExtent[][] extents, int usedLines) {
        List<Module> modules = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (Band b : bands) {
            int top = b.top;
            int height = Math.min(b.height, bodyLines - top);
            if (b.first > 0 && top - BAND_GAP < bodyLines) {
                rules.add(new Rule(true, 0, columns, bodyTop + top - 1, 1));
            }
            int col = 0;
            for (int m = 0; m < b.spans.length; m++) {
                int span = b.spans[m];
                ArticleExtent e = extents[b.first + m][span];
                ModuleShape s = shape(e, span, b.height);
                if (m > 0 && height > 0) {
                    rules.add(new Rule(false, col, 0, bodyTop + top, height));
                }
                modules.add(place(b.first + m, e, s, col, top, height));
                col += span;
            }
        }
        return new PagePlan(bodyTop, bodyLines, columns, modules, rules, Math.max(0, bodyLines - usedLines));
    }

    /** Puts a module's parts on the grid; {@code height} may be less than the shape's when the page is full. */
    private Module place(int article, ArticleExtent e, ModuleShape s, int col, int top, int height) {
        int line = bodyTop + top;
        if (height <= 0) {
            return new Module(article, col, line, s.span(), 0, 0, null, List.of(), e.bodyLines());
        }
        int hl = Math.min(s.headlineLines(), height);
        int bodyStart = line + hl;
        int bottom = line + Math.min(height, s.headlineLines() + s.bodyLines());
        PhotoSlot photo = null;
        int blocked = 0;
        if (s.photoSpan() > 0) {
            blocked = s.photoLines() + s.captionLines() + ModuleShape.PHOTO_GAP;
            // The photo stands at the module's right so the text starts at the top of its first column.
            photo = new PhotoSlot(col + s.span() - s.photoSpan(), bodyStart, s.photoSpan(), s.photoLines(),
                    s.captionLines());
        }
        List<Leg> legs = new ArrayList<>();
        int remaining = e.bodyLines();
        int next = 0;
        for (int c = 0; c < s.span() && remaining > 0; c++) {
            int start = c >= s.span() - s.photoSpan() ? bodyStart + blocked : bodyStart;
            int room = Math.max(0, bottom - start);
            int count = Math.min(room, remaining);
            if (count > 0) {
                legs.add(new Leg(col + c, start, count, next));
                next += count;
                remaining -= count;
            }
        }
        return new Module(article, col, line, s.span(), height, hl, photo, legs, remaining);
    }

    /** All ways to write {@code total} as an ordered sum of {@code parts} positive integers. */
    static List<int[]> compositions(int total, int parts) {
        List<int[]> out = new ArrayList<>();
        compose(total, parts, new int[parts], 0, out);
        return out;
    }

    private static void compose(int left, int parts, int[] acc, int idx, List<int[]> out) {
        if (idx == parts - 1) {
            if (left >= 1) {
                acc[idx] = left;
                out.add(acc.clone());
            }
            return;
        }
        for (int v = 1; v <= left - (parts - idx - 1); v++) {
            acc[idx] = v;
            compose(left - v, parts, acc, idx + 1, out);
        }
    }

    private record Band(int first, int end, int[] spans, int height, int top) {
    }
}
