package paiban.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import paiban.message.Message;

/**
 * The page maker: chooses a module for every article so the modules tile the body area.
 *
 * <p>The page is cut into horizontal bands, top to bottom, taking the articles in order of importance. A band is a
 * row of cells side by side whose spans add up to the full width; a cell is a stack of one to three articles of the
 * same span. Every cell is as tall as its band: spare lines inside a module go to its photo (within the crop limit
 * and its {@link PhotoLimits}) and to air in its headline block ({@link ModuleShape}); what is still left is a hole.
 *
 * <p>The search has two levels. First, for every run of consecutive articles that can form a band and for every
 * band height, the cheapest arrangement of cells and spans is found. Then a dynamic programme over (articles
 * placed, grid lines used) chooses the bands. Content that cannot fit is clipped from the bottom and counted as
 * overset, never dropped silently.
 *
 * <p>Cost terms, in column-lines (one base column one grid line tall) so they add up with the holes:
 * <ul>
 *   <li>hole: every column-line left empty inside a band or at the foot costs 1, and {@value #VISIBLE_HOLE_COST}
 *       where the empty strip is {@value #VISIBLE_HOLE} lines or taller (with the gap line under it, a reader sees
 *       a hole); so do the lines left empty under the text columns beside a photo taller than the text needs
 *       ({@link ModuleGeometry#emptyInside});</li>
 *   <li>overset: every line of height beyond the page costs {@value #OVERFLOW_COST}; where the text that does
 *       not fit jumps to a later page ({@link #make(List, boolean)}), {@value #JUMP_COST} per column of the page
 *       instead, so a page that must jump anyway may jump a line more rather than set headlines side by
 *       side;</li>
 *   <li>short legs: a module of span &gt; 1 whose legs are shorter than {@value #SHORT_LEG} lines costs
 *       {@value #SHORT_LEG_WEIGHT} × span per missing line; long legs (more than {@value #LONG_LEG} lines in a
 *       multi-column module) cost 1 per extra line;</li>
 *   <li>lead: an article in the first band wider than the lead costs {@value #LEAD_WIDTH_COST} × columns; the
 *       lead not in the first band is impossible by construction. A band set right to left (its first article at the right, so a
 *       one-column cell can stand at the right edge where it needs no inset) costs {@value #MIRROR_COST} × the
 *       first cell's span, ten times that in the first band (the lead stands at the left);</li>
 *   <li>tombstoning: two headline blocks side by side in neighbouring cells, sharing a grid line:
 *       {@value #TOMBSTONE} per pair × span of the narrower. The top article of a cell with a neighbour on its
 *       right may stand <em>inset</em> where its span allows ({@link ModuleShape}): its last column of text starts
 *       at the top, beside the headline, and keeps it apart from the neighbour's. It does when that costs less
 *       than the tombstone; an inset costs {@value #INSET_COST} per column;</li>
 *   <li>headline air: lines of air in a headline block beyond the first cost {@value #AIR_COST} per column
 *       (a fifth of a hole: air around a headline reads better than an empty foot);</li>
 *   <li>headline squeezed: a headline block taking more than a third of its module costs 2 per excess line
 *       per column, and one taller than 4 + span lines (a headline wrapped into a narrow module) 3 per excess
 *       line per column;</li>
 *   <li>photo crop beyond ±10 % is impossible ({@link ModuleShape#CROP_LIMIT}) unless the issue fixed the photo's
 *       lines, and so is a photo past its {@link PhotoLimits}; unbalanced legs cannot occur
 *       (legs are filled to a common foot).</li>
 * </ul>
 */
public final class PageMaker {

    /** Grid lines between two bands, or two stacked modules; the rule sits in the middle of that line. */
    static final int BAND_GAP = 1;
    static final int MAX_BAND_ARTICLES = 5;
    static final int MAX_STACK = 3;
    static final int SHORT_LEG = 10;
    static final int SHORT_LEG_WEIGHT = 2;
    /** A module this wide with text-only legs under {@link #WIDE_LEG} lines is a strip no editor would draw. */
    static final int WIDE_SPAN = 3;
    static final int WIDE_LEG = 6;
    static final int WIDE_SHORT_LEG_WEIGHT = 200;
    /** An empty strip this many lines tall, with the gap line under it, reads as a hole: it costs more. */
    static final int VISIBLE_HOLE = 2;
    static final int VISIBLE_HOLE_COST = 5;
    static final int LONG_LEG = 60;
    static final int TOMBSTONE = 400;
    static final int INSET_COST = 1;
    static final int MIRROR_COST = 3;
    static final int AIR_COST = 1;
    static final int LEAD_WIDTH_COST = 30;
    static final long OVERFLOW_COST = 1_000_000L;
    static final int JUMP_COST = 30;
    private static final long INF = Long.MAX_VALUE / 4;

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

    int columns() {
        return columns;
    }

    int bodyTop() {
        return bodyTop;
    }

    int bodyLines() {
        return bodyLines;
    }

    /**
     * The page maker for a rectangle of this body area, {@code span} columns and {@code lines} lines from line
     * {@code line} (counted from the area's top): the same grid, a smaller area.
     */
    PageMaker within(int line, int span, int lines) {
        return new PageMaker(span, bodyTop + line, lines, columnWidth, gutter, pitch);
    }

    public PagePlan make(List<ArticleRequest> requests) throws PinException {
        return make(requests, false);
    }

    /**
     * @param jumps whether text that does not fit here continues on a later page (else it is overset)
     */
    public PagePlan make(List<ArticleRequest> requests, boolean jumps) throws PinException {
        FixedModules.check(requests, columns, bodyTop, bodyLines);
        try {
            return makeFree(requests, jumps);
        } catch (PinException e) {
            if (!FixedModules.anyFixed(requests)) {
                throw e;
            }
        }
        // Fixed modules no plan can honour: the page is made without their corners, then without their sizes too,
        // and each module that does not stand as fixed is a warning (pin not held; an error under --strict).
        try {
            return makeFree(FixedModules.unanchored(requests), jumps);
        } catch (PinException e) {
            return makeFree(FixedModules.unfixed(requests), jumps);
        }
    }

    private PagePlan makeFree(List<ArticleRequest> requests, boolean jumps) throws PinException {
        List<int[]> runs = BriefBlocks.runs(requests);
        if (runs.isEmpty()) {
            return search(requests, jumps, null);
        }
        // Runs of briefs stand as blocks one or two columns wide; how many blocks is tried, the cheapest page kept.
        int longest = BriefBlocks.longest(runs);
        PagePlan best = null;
        for (int k = 1; k <= Math.min(longest, columns + 2); k++) {
            BriefBlocks blocks = BriefBlocks.group(requests, runs, k, columns, columnWidth, gutter, pitch);
            try {
                PagePlan p = search(blocks.requests(), jumps, blocks);
                if (best == null || p.cost() < best.cost()) {
                    best = p;
                }
            } catch (PinException e) {
                // these blocks cannot tile the width; other counts may
            }
        }
        return best != null ? best : search(requests, jumps, null);
    }

    /** The cheapest page of these requests; {@code blocks}, when not null, says which stand for blocks of briefs. */
    private PagePlan search(List<ArticleRequest> requests, boolean jumps, BriefBlocks blocks) throws PinException {
        int n = requests.size();
        if (n == 0) {
            return new PagePlan(bodyTop, bodyLines, columns, List.of(), List.of(), bodyLines, columns * bodyLines,
                    hole(columns, bodyLines));
        }
        checkPins(requests);
        Extents ex = new Extents(requests, columns, columnWidth, gutter, pitch);
        int cap = bodyLines * 4 + 400;
        // best[i][j-i-1][hb]: cheapest band of articles i..j-1 at height hb.
        BandChoice[][][] best = new BandChoice[n][][];
        int[][] anchoredTop = new int[n][];
        for (int i = 0; i < n; i++) {
            int most = Math.min(n - i, Math.min(MAX_BAND_ARTICLES, topPinnedRun(requests, i)));
            best[i] = new BandChoice[most][];
            anchoredTop[i] = new int[most];
            for (int m = 1; m <= most; m++) {
                best[i][m - 1] = bandChoices(ex, i, i + m, cap);
                anchoredTop[i][m - 1] = FixedModules.bandTop(ex, i, i + m, bodyTop);
            }
        }
        Stacking st = stack(best, anchoredTop, n, cap);
        long overflow = jumps ? (long) JUMP_COST * columns : OVERFLOW_COST;
        int bestH = -1;
        long bestCost = INF;
        for (int h = 0; h <= cap; h++) {
            if (st.cost[n][h] >= INF) {
                continue;
            }
            long c = st.cost[n][h] + (h <= bodyLines ? hole(columns, bodyLines - h) : (h - bodyLines) * overflow);
            if (c < bestCost) {
                bestCost = c;
                bestH = h;
            }
        }
        if (bestH < 0) {
            throw new PinException(Message.of(n == 1 ? "pin.spans-unfillable-one" : "pin.spans-unfillable", n,
                    columns));
        }
        List<BandChoice> bands = new ArrayList<>();
        List<Integer> tops = new ArrayList<>();
        for (int j = n, h = bestH; j > 0; ) {
            int i = st.fromI[j][h];
            bands.add(0, best[i][j - i - 1][st.fromHb[j][h]]);
            int top = st.fromTop[j][h];
            tops.add(0, top);
            h = top - (i == 0 ? 0 : BAND_GAP);
            j = i;
        }
        return build(ex, bands, tops, bestH, bestCost, blocks);
    }

    /**
     * The dynamic programme over (articles placed, grid lines used): the cheapest bands stacked to each state and the
     * band that reached it.
     */
    private record Stacking(long[][] cost, int[][] fromI, int[][] fromHb, int[][] fromTop) {
    }

    /** {@code anchoredTop[i][m-1]}: the line a band of articles i..i+m-1 must start on ({@link FixedModules#bandTop}). */
    private static Stacking stack(BandChoice[][][] best, int[][] anchoredTop, int n, int cap) {
        Stacking st = new Stacking(new long[n + 1][cap + 1], new int[n + 1][cap + 1], new int[n + 1][cap + 1],
                new int[n + 1][cap + 1]);
        for (long[] row : st.cost) {
            Arrays.fill(row, INF);
        }
        st.cost[0][0] = 0;
        for (int i = 0; i < n; i++) {
            for (int h = 0; h <= cap; h++) {
                if (st.cost[i][h] >= INF) {
                    continue;
                }
                int gap = i == 0 ? 0 : BAND_GAP;
                for (int m = 1; m <= best[i].length; m++) {
                    int anchor = anchoredTop[i][m - 1];
                    if (anchor == FixedModules.CONFLICT || (anchor != FixedModules.FREE && anchor != h + gap)) {
                        continue; // a module fixed by hand starts its band on its own line
                    }
                    BandChoice[] byHeight = best[i][m - 1];
                    boolean crossed = false;
                    for (int hb = 1; hb < byHeight.length && !crossed; hb++) {
                        BandChoice c = byHeight[hb];
                        if (c == null) {
                            continue;
                        }
                        // Past the horizon all is overset anyway: the first band that crosses it ends there, so a
                        // plan exists however much text there is.
                        crossed = h + gap + hb > cap;
                        long total = st.cost[i][h] + c.cost;
                        int nh = Math.min(cap, h + gap + hb);
                        if (total < st.cost[i + m][nh]) {
                            st.cost[i + m][nh] = total;
                            st.fromI[i + m][nh] = i;
                            st.fromHb[i + m][nh] = hb;
                            st.fromTop[i + m][nh] = h + gap;
                        }
                    }
                }
            }
        }
        return st;
    }

    private void checkPins(List<ArticleRequest> requests) throws PinException {
        boolean seenFree = false;
        int topSpans = 0;
        int topCount = 0;
        for (int i = 0; i < requests.size(); i++) {
            ArticleRequest r = requests.get(i);
            if (r.spanPin() != null && (r.spanPin() < 1 || r.spanPin() > columns)) {
                throw new PinException(i, Message.of("pin.span-too-wide", r.title(), r.spanPin(), columns));
            }
            if (r.pinTop() && seenFree) {
                throw new PinException(i, Message.of("pin.top-after-free", r.title()));
            }
            seenFree |= !r.pinTop();
            if (r.pinTop()) {
                topCount++;
                topSpans += r.spanPin() == null ? 1 : r.spanPin();
            }
        }
        if (topCount > MAX_BAND_ARTICLES || topSpans > columns) {
            throw new PinException(Message.of("pin.top-too-wide", topCount, topSpans, columns));
        }
    }

    /**
     * How many articles from {@code i} may share a band: the articles pinned to the top must all be in the first
     * band, and no later band may start with a pinned one.
     */
    private static int topPinnedRun(List<ArticleRequest> requests, int i) {
        return i > 0 && requests.get(i).pinTop() ? 0 : MAX_BAND_ARTICLES;
    }

    /** For articles first..end-1 as one band: the cheapest cells and spans at each band height. */
    private BandChoice[] bandChoices(Extents ex, int first, int end, int maxBand) {
        int m = end - first;
        int hiAll = 0;
        for (int a = first; a < end; a++) {
            hiAll += ex.maxHeightAny(a) + BAND_GAP;
        }
        int limit = Math.min(maxBand, hiAll + 1);
        BandChoice[] out = new BandChoice[limit + 1];
        for (int[] cellSizes : compositions(m, 1, m)) {
            if (cellSizes.length > columns) {
                continue;
            }
            boolean tooTall = false;
            for (int size : cellSizes) {
                tooTall |= size > MAX_STACK;
            }
            if (tooTall) {
                continue;
            }
            for (int[] spans : compositions(columns, cellSizes.length, cellSizes.length)) {
                if (!spansAllowed(ex, first, cellSizes, spans)) {
                    continue;
                }
                boolean[] inset = new boolean[cellSizes.length];
                for (int side = 0; side < (cellSizes.length > 1 ? 2 : 1); side++) {
                    boolean mirrored = side == 1;
                    if (!FixedModules.columnsHeld(ex, first, cellSizes, spans, mirrored)) {
                        continue;
                    }
                    int[] range = heightRange(ex, first, cellSizes, spans, mirrored ? 0 : cellSizes.length - 1);
                    int lo = range[0];
                    int hi = range[1];
                    // A band taller than the horizon is kept at its least height in the last slot (the DP ends
                    // there).
                    for (int hb = lo; hb <= Math.max(lo, Math.min(hi, limit)); hb++) {
                        int slot = Math.min(hb, limit);
                        long cost = bandCost(ex, first, cellSizes, spans, hb, first == 0, inset, mirrored);
                        if (cost < INF && (out[slot] == null || cost < out[slot].cost)) {
                            out[slot] = new BandChoice(first, cellSizes.clone(), spans.clone(), hb, cost, false,
                                    inset.clone(), mirrored);
                        }
                    }
                }
                // A banner is the lead's, and stands over its own text more than over its neighbours'.
                if (first == 0 && cellSizes.length >= 2 && cellSizes[0] == 1 && 2 * spans[0] >= columns
                        && FixedModules.bandTop(ex, first, end, bodyTop) == FixedModules.FREE
                        && ex.at(first, columns) != null
                        && ex.at(first, spans[0]) != null) {
                    int banner = ex.at(first, columns).headlineLines();
                    int[] range = heightRange(ex, first, cellSizes, spans, cellSizes.length - 1);
                    for (int hb = Math.max(1, range[0]); hb <= Math.min(range[1] + banner, limit); hb++) {
                        long cost = bannerCost(ex, first, cellSizes, spans, hb, banner, first == 0, inset);
                        if (cost < INF && (out[hb] == null || cost < out[hb].cost)) {
                            out[hb] = new BandChoice(first, cellSizes.clone(), spans.clone(), hb, cost, true,
                                    inset.clone(), false);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The least and greatest heights of a band's cells: each stack at its least (greatest) heights, the top article
     * of every cell but the {@code rightmost} in whichever form, across or inset, is less (more).
     */
    private static int[] heightRange(Extents ex, int first, int[] cellSizes, int[] spans, int rightmost) {
        int lo = 0;
        int hi = 0;
        int a = first;
        for (int c = 0; c < cellSizes.length; c++) {
            int cellLo = (cellSizes[c] - 1) * BAND_GAP;
            int cellHi = (cellSizes[c] - 1) * BAND_GAP;
            for (int k = 0; k < cellSizes[c]; k++, a++) {
                boolean both = k == 0 && c != rightmost && ex.settable(a, spans[c], true);
                cellLo += both ? Math.min(ex.min(a, spans[c]), ex.min(a, spans[c], true)) : ex.min(a, spans[c]);
                cellHi += both ? Math.max(ex.max(a, spans[c]), ex.max(a, spans[c], true)) : ex.max(a, spans[c]);
            }
            lo = Math.max(lo, cellLo);
            hi = Math.max(hi, cellHi);
        }
        return new int[] {lo, hi};
    }

    private boolean spansAllowed(Extents ex, int first, int[] cellSizes, int[] spans) {
        int a = first;
        for (int c = 0; c < cellSizes.length; c++) {
            for (int k = 0; k < cellSizes[c]; k++, a++) {
                if (ex.at(a, spans[c]) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A band of cells side by side; {@code mirrored} sets them right to left, the band's first article at the
     * right, so a narrow cell that cannot stand inset can stand at the right edge instead.
     */
    private long bandCost(Extents ex, int first, int[] cellSizes, int[] spans, int hb, boolean firstBand,
                          boolean[] inset, boolean mirrored) {
        long cells = cellsCost(ex, first, cellSizes, spans, 0, hb, inset, mirrored);
        long side = mirrored ? (long) MIRROR_COST * spans[0] * (firstBand ? 10 : 1) : 0;
        return cells >= INF ? INF : cells + side + leadPenalty(spans, firstBand);
    }

    /**
     * A band whose first article's headline runs across the whole band (a banner): its body keeps the first
     * cell's columns and the other cells stand under the headline, beside the banner article's text.
     */
    private long bannerCost(Extents ex, int first, int[] cellSizes, int[] spans, int hb, int banner, boolean firstBand,
                            boolean[] inset) {
        ModuleShape s0 = ex.bannerShape(first, spans[0], hb, banner);
        if (s0 == null || ex.side(first) == ArticleRequest.Side.RIGHT) {
            return INF;
        }
        long lead = hole(spans[0], hb - s0.usedHeight()) + moduleCost(new SplitExtent(ex.at(first, spans[0]), banner), s0);
        inset[0] = false;
        long cells = cellsCost(ex, first + 1, cellSizes, spans, 1, hb - banner, inset, false);
        return cells >= INF ? INF : lead + cells + leadPenalty(spans, firstBand);
    }

    /**
     * Holes, module costs and tombstones of the cells from {@code fromCell} on, each a stack {@code height} lines
     * tall, taken left to right ({@code mirrored}: the last cell first). The top article of a cell with a neighbour
     * on its right may stand inset: it does when that costs less than standing across and tombstoning with the
     * neighbour's headline; {@code inset} receives that choice.
     */
    private long cellsCost(Extents ex, int first, int[] cellSizes, int[] spans, int fromCell, int height,
                           boolean[] inset, boolean mirrored) {
        int[] firstOf = firstArticles(first, cellSizes, fromCell);
        int count = cellSizes.length - fromCell;
        long cost = 0;
        int[][] left = null;
        int leftSpan = 0;
        for (int p = 0; p < count; p++) {
            int c = mirrored ? cellSizes.length - 1 - p : fromCell + p;
            int a = firstOf[c];
            if (!onItsSide(ex, a, cellSizes[c], fromCell == 0 && p == 0, p == count - 1)) {
                return INF;
            }
            Cell across = cell(ex, a, cellSizes[c], spans[c], height, false);
            Cell chosen = across;
            if (p < count - 1 && ex.settable(a, spans[c], true)) {
                int next = mirrored ? c - 1 : c + 1;
                Cell in = cell(ex, a, cellSizes[c], spans[c], height, true);
                long tomb = (long) TOMBSTONE * Math.min(spans[c], spans[next]);
                if (in != null && (across == null || in.cost < across.cost + tomb)) {
                    chosen = in;
                }
            }
            if (chosen == null) {
                return INF;
            }
            inset[c] = chosen.inset;
            cost += chosen.cost;
            if (left != null) {
                cost += tombstones(left, chosen.heads, Math.min(leftSpan, spans[c]));
            }
            left = chosen.heads;
            leftSpan = spans[c];
        }
        return cost;
    }

    /**
     * A stack of {@code size} articles from {@code a} at one span and height, its top article inset or not: its holes
     * and module costs, and each module's headline block within the band ({first line, end line, 1 when inset});
     * null when it does not fit.
     */
    private Cell cell(Extents ex, int a, int size, int span, int height, boolean insetTop) {
        int[] heights = stackHeights(ex, a, size, span, height, insetTop);
        if (heights == null) {
            return null;
        }
        long cost = 0;
        int[][] heads = new int[size][];
        int y = 0;
        for (int k = 0; k < size; k++) {
            boolean in = insetTop && k == 0;
            ModuleShape s = ex.shape(a + k, span, heights[k], in);
            cost += hole(span, heights[k] - s.usedHeight()) + moduleCost(ex.at(a + k, span, in), s);
            cost += in ? (long) INSET_COST * span : 0;
            heads[k] = new int[] {y, y + s.headlineLines(), in ? 1 : 0};
            y += heights[k] + BAND_GAP;
        }
        return new Cell(cost, heads, insetTop);
    }

    private record Cell(long cost, int[][] heads, boolean inset) {
    }

    /** Whether the articles of a cell pinned to the left or right edge of the type area stand at that edge. */
    private static boolean onItsSide(Extents ex, int a, int size, boolean leftEdge, boolean rightEdge) {
        for (int k = 0; k < size; k++) {
            ArticleRequest.Side side = ex.side(a + k);
            if ((side == ArticleRequest.Side.LEFT && !leftEdge) || (side == ArticleRequest.Side.RIGHT && !rightEdge)) {
                return false;
            }
        }
        return true;
    }

    /** The index of each cell's first article, from cell {@code fromCell} whose first article is {@code first}. */
    private static int[] firstArticles(int first, int[] cellSizes, int fromCell) {
        int[] out = new int[cellSizes.length];
        for (int c = fromCell, a = first; c < cellSizes.length; a += cellSizes[c], c++) {
            out[c] = a;
        }
        return out;
    }

    /**
     * Headline blocks of neighbouring cells that share a grid line. An inset block on the left is kept apart by
     * its last column of text; one on the right stands at its cell's left edge, so it still counts.
     */
    private static long tombstones(int[][] left, int[][] right, int narrower) {
        long cost = 0;
        for (int[] l : left) {
            if (l[2] == 1 || l[1] <= l[0]) {
                continue;
            }
            for (int[] r : right) {
                if (r[1] > r[0] && l[0] < r[1] && r[0] < l[1]) {
                    cost += (long) TOMBSTONE * narrower;
                }
            }
        }
        return cost;
    }

    /** In the first band, no article is wider than the lead. */
    private long leadPenalty(int[] spans, boolean firstBand) {
        long cost = 0;
        for (int c = 1; firstBand && c < spans.length; c++) {
            if (spans[c] > spans[0]) {
                cost += (long) columns * LEAD_WIDTH_COST;
            }
        }
        return cost;
    }

    /** Column-lines left empty; a strip tall enough to read as a hole counts {@value #VISIBLE_HOLE_COST} times. */
    private static long hole(int span, int lines) {
        return (long) span * lines * (lines >= VISIBLE_HOLE ? VISIBLE_HOLE_COST : 1);
    }

    private static long moduleCost(ArticleExtent e, ModuleShape s) {
        ModuleGeometry g = s.geometry();
        long cost = 0;
        int leg = ModuleGeometry.ceilDiv(e.bodyLines(), s.span());
        if (s.span() > 1 && leg < SHORT_LEG) {
            cost += (long) (SHORT_LEG - leg) * s.span() * SHORT_LEG_WEIGHT;
        }
        // a photo across the whole module (a picture story) carries it whatever its text; a photo at the foot of
        // some columns leaves the text to run in legs beside it, and those are a strip like any other
        if (s.span() >= WIDE_SPAN && leg < WIDE_LEG && (!e.hasPhoto() || g.photoAtFoot())) {
            cost += (long) (WIDE_LEG - leg) * s.span() * WIDE_SHORT_LEG_WEIGHT;
        }
        if (s.span() > 1 && leg > LONG_LEG) {
            cost += leg - LONG_LEG;
        }
        int inside = g.emptyInside(e.bodyLines(), s.bodyLines());
        if (inside > 0) {
            // a hole under the text columns beside a photo taller than they need
            int cols = Math.max(1, g.photoCol());
            cost += hole(cols, ModuleGeometry.ceilDiv(inside, cols));
        }
        int air = s.headlineLines() - e.headlineLines() - ModuleShape.FREE_AIR;
        if (air > 0) {
            cost += (long) AIR_COST * air * g.headSpan();
        }
        int excess = e.headlineLines() - Math.max(3, s.height() / 3);
        if (excess > 0) {
            cost += 2L * excess * s.span();
        }
        int tall = e.headlineLines() - (4 + g.headSpan());
        if (tall > 0) {
            cost += 3L * tall * g.headSpan();
        }
        return cost;
    }

    /**
     * Heights for a stack of {@code count} articles from {@code first} sharing {@code hb} lines (the first one inset
     * when {@code insetTop}): each gets its least height, then the spare lines go to each in turn up to what it can
     * fill; null when even the least is too tall.
     */
    private int[] stackHeights(Extents ex, int first, int count, int span, int hb, boolean insetTop) {
        return stackHeights(ex, first, count, span, hb, insetTop, true);
    }

    /** As above; without {@code spend} the spare lines all go to the last module, the others keep their least. */
    private int[] stackHeights(Extents ex, int first, int count, int span, int hb, boolean insetTop, boolean spend) {
        int[] h = new int[count];
        int room = hb - (count - 1) * BAND_GAP;
        for (int k = 0; k < count; k++) {
            h[k] = ex.min(first + k, span, insetTop && k == 0);
            room -= h[k];
        }
        if (room < 0) {
            return null;
        }
        for (int k = 0; spend && k < count && room > 0; k++) {
            int more = Math.min(room, ex.max(first + k, span, insetTop && k == 0) - h[k]);
            h[k] += more;
            room -= more;
        }
        // The last module of a stack takes what is left, so the stack's foot meets the band's; a module whose height
        // the desk fixed takes none of it.
        int taker = count - 1;
        while (taker >= 0 && ex.fixed(first + taker).sized()) {
            taker--;
        }
        if (taker < 0 && room > 0) {
            return null;
        }
        h[Math.max(0, taker)] += room;
        return h;
    }

    private PagePlan build(Extents ex, List<BandChoice> bands, List<Integer> tops, int usedLines, long cost,
                           BriefBlocks blocks) {
        int empty = 0;
        List<Module> modules = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            BandChoice band = bands.get(b);
            int top = tops.get(b);
            if (band.first > 0 && top - BAND_GAP < bodyLines) {
                rules.add(new Rule(true, 0, columns, bodyTop + top - 1, 1));
            }
            int col = 0;
            int banner = band.banner ? ex.at(band.first, columns).headlineLines() : 0;
            int from = 0;
            if (band.banner) {
                empty += placeBanner(ex, band, top, banner, blocks, modules);
                col += band.spans[0];
                from = 1;
            }
            int[] firstOf = firstArticles(band.first, band.cells, 0);
            for (int p = 0; p < band.cells.length - from; p++) {
                int c = band.mirrored ? band.cells.length - 1 - p : from + p;
                int span = band.spans[c];
                int a = firstOf[c];
                int cellTop = top + banner;
                int[] heights = stackHeights(ex, a, band.cells[c], span, band.height - banner, band.inset[c]);
                if (cellTop + band.height - banner > bodyLines && cellTop < bodyLines) {
                    // A band crossing the foot: a cell whose stack fits in the lines left stands within them rather
                    // than spending on air and photo lines the page clips away; in one that does not, the modules
                    // over the last keep their least heights (tightest crop, no air), so only the last runs over.
                    int[] within = stackHeights(ex, a, band.cells[c], span, bodyLines - cellTop, band.inset[c], true);
                    heights = within != null ? within
                            : stackHeights(ex, a, band.cells[c], span, band.height - banner, band.inset[c], false);
                }
                int y = cellTop;
                if (col > 0 && cellTop < bodyLines) {
                    rules.add(new Rule(false, col, 0, bodyTop + cellTop, Math.min(band.height - banner, bodyLines - cellTop)));
                }
                for (int k = 0; k < band.cells[c]; k++, a++) {
                    if (k > 0 && y - 1 < bodyLines) {
                        rules.add(new Rule(true, col, span, bodyTop + y - 1, 1));
                    }
                    ModuleShape s = ex.shape(a, span, heights[k], band.inset[c] && k == 0);
                    int height = Math.max(0, Math.min(heights[k], bodyLines - y));
                    if (blocks != null && blocks.isBlock(a)) {
                        BriefBlocks.Expansion x = blocks.expand(a, bodyTop, bodyLines, col, y, span, heights[k]);
                        modules.addAll(x.modules());
                        rules.addAll(x.rules());
                        empty += x.empty();
                    } else {
                        empty += s.emptyLines(height, ex.at(a, span).bodyLines());
                        modules.add(Placement.module(bodyTop, original(blocks, a), ex.at(a, span), s, col, y, height));
                    }
                    y += heights[k] + BAND_GAP;
                }
                col += span;
            }
        }
        // Modules in the articles' order, whatever side of its band each stands on: the reading order of the page.
        modules.sort(java.util.Comparator.comparingInt(Module::article));
        int foot = Math.max(0, bodyLines - usedLines);
        return new PagePlan(bodyTop, bodyLines, columns, modules, rules, foot, empty + foot * columns, cost);
    }

    /**
     * The lead whose headline runs across the whole first band, its text in the band's first cell: adds its module
     * and returns the lines it leaves empty.
     */
    private int placeBanner(Extents ex, BandChoice band, int top, int banner, BriefBlocks blocks,
                            List<Module> modules) {
        int a = band.first;
        int span = band.spans[0];
        ModuleShape s = ex.bannerShape(a, span, band.height, banner);
        int height = Math.max(0, Math.min(band.height, bodyLines - top));
        Module m = Placement.module(bodyTop, original(blocks, a), ex.at(a, span), s, 0, top, height);
        modules.add(new Module(m.article(), m.col(), m.line(), columns, m.lines(), m.headlineLines(),
                m.photo(), m.legs(), m.overset(), span, m.col(), columns));
        return s.emptyLines(height, ex.at(a, span).bodyLines());
    }

    private static int original(BriefBlocks blocks, int request) {
        return blocks == null ? request : blocks.original(request);
    }

    /** All ways to write {@code total} as an ordered sum of between {@code minParts} and {@code maxParts} parts. */
    static List<int[]> compositions(int total, int minParts, int maxParts) {
        List<int[]> out = new ArrayList<>();
        for (int parts = minParts; parts <= Math.min(maxParts, total); parts++) {
            compose(total, parts, new int[parts], 0, out);
        }
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

    /** The cheapest way found to set a band of articles at one height: its cells (articles per stack) and spans. */
    private record BandChoice(int first, int[] cells, int[] spans, int height, long cost, boolean banner,
                              boolean[] inset, boolean mirrored) {
    }

}
