package paiban.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Briefs (简讯) set the way a desk sets them: a run of consecutive short pieces stands as one block one or two columns
 * wide, its briefs stacked under each other, instead of each brief becoming a wide strip of one- or two-line legs.
 *
 * <p>A brief is a free article (no pins, no photo) whose text makes at most {@value #BRIEF_LINES} lines in one
 * column. A run of two or more is cut into {@code chunks} blocks of about equal depth; the page maker sees each block
 * as one article that can only be set one or two columns wide ({@link #requests()}) and puts the briefs back in
 * place of the block's module when it builds the page ({@link #expand}).
 */
public final class BriefBlocks {
    /** The most body lines in one column that still make a piece a brief (about 250 characters). */
    static final int BRIEF_LINES = 20;
    /** The widest a block of briefs stands. */
    static final int MAX_SPAN = 2;

    private final List<ArticleRequest> original;
    /** For each request the page maker sees: the original articles it stands for (one, or a block's briefs). */
    private final List<int[]> members = new ArrayList<>();
    private final List<ArticleRequest> requests = new ArrayList<>();
    /** The briefs of each block as their own little page of requests, set one or two columns wide. */
    private final List<Extents> blockExtents = new ArrayList<>();

    private BriefBlocks(List<ArticleRequest> original) {
        this.original = original;
    }

    /** Whether the article is a brief; asks its extent at one column (the caller caches it). */
    static boolean isBrief(ArticleRequest r) {
        if (r.spanPin() != null || r.pinTop() || r.side() != null || r.fixed().anchored() || r.fixed().sized()) {
            return false;
        }
        ArticleExtent e = r.extentAtSpan().apply(1);
        // a vertical head stands in a strip of its own beside the text, not stacked in a block of briefs
        return e != null && !e.hasPhoto() && e.verticalHeadLines() == 0 && e.bodyLines() <= BRIEF_LINES;
    }

    /** The runs of two or more consecutive briefs, as {first, end} index pairs. */
    public static List<int[]> runs(List<ArticleRequest> requests) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < requests.size()) {
            int j = i;
            while (j < requests.size() && isBrief(requests.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                out.add(new int[] {i, j});
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** The number of briefs in the longest run; 1 when there is none. */
    static int longest(List<int[]> runs) {
        return runs.stream().mapToInt(r -> r[1] - r[0]).max().orElse(1);
    }

    /**
     * The requests with every run cut into blocks: {@code chunks} for the longest run, proportionally fewer for the
     * shorter ones (at least one, at most one per brief).
     */
    static BriefBlocks group(List<ArticleRequest> requests, List<int[]> runs, int chunks, int columns,
                             double columnWidth, double gutter, double pitch) {
        BriefBlocks b = new BriefBlocks(requests);
        int longest = longest(runs);
        int next = 0;
        for (int[] run : runs) {
            for (; next < run[0]; next++) {
                b.single(next);
            }
            int len = run[1] - run[0];
            int k = Math.max(1, Math.min(len, (int) Math.round(chunks * len / (double) longest)));
            for (int[] part : balanced(requests, run[0], run[1], k)) {
                if (part[1] - part[0] == 1) {
                    b.narrow(part[0]);
                } else {
                    b.block(part[0], part[1], columns, columnWidth, gutter, pitch);
                }
            }
            next = run[1];
        }
        for (; next < requests.size(); next++) {
            b.single(next);
        }
        return b;
    }

    /** Cuts briefs first..end-1 into k consecutive parts of about equal one-column depth. */
    private static List<int[]> balanced(List<ArticleRequest> requests, int first, int end, int k) {
        int[] depth = new int[end - first];
        int total = 0;
        for (int a = first; a < end; a++) {
            ArticleExtent e = requests.get(a).extentAtSpan().apply(1);
            depth[a - first] = e.headlineLines() + e.bodyLines() + PageMaker.BAND_GAP;
            total += depth[a - first];
        }
        List<int[]> out = new ArrayList<>();
        int start = first;
        int acc = 0;
        for (int a = first; a < end; a++) {
            acc += depth[a - first];
            int partsAfter = k - out.size() - 1;
            if (partsAfter > 0 && a + 1 < end
                    && (acc * k >= total * (out.size() + 1) || end - (a + 1) == partsAfter)) {
                out.add(new int[] {start, a + 1});
                start = a + 1;
            }
        }
        out.add(new int[] {start, end});
        return out;
    }

    private void single(int a) {
        members.add(new int[] {a});
        requests.add(original.get(a));
        blockExtents.add(null);
    }

    /** A brief standing alone still stands narrow: one or two columns. */
    private void narrow(int a) {
        members.add(new int[] {a});
        requests.add(narrowed(original.get(a)));
        blockExtents.add(null);
    }

    /** The brief as a request settable only up to {@link #MAX_SPAN} columns (a brief has no pins). */
    private static ArticleRequest narrowed(ArticleRequest r) {
        return new ArticleRequest(r.title(), null, false, null,
                span -> span <= MAX_SPAN ? r.extentAtSpan().apply(span) : null);
    }

    private void block(int first, int end, int columns, double columnWidth, double gutter, double pitch) {
        int[] ids = new int[end - first];
        List<ArticleRequest> briefs = new ArrayList<>();
        for (int a = first; a < end; a++) {
            ids[a - first] = a;
            briefs.add(narrowed(original.get(a)));
        }
        Extents ex = new Extents(briefs, Math.min(columns, MAX_SPAN), columnWidth, gutter, pitch);
        members.add(ids);
        blockExtents.add(ex);
        String title = original.get(first).title() + " …（简讯" + ids.length + "则）";
        requests.add(new ArticleRequest(title, null, false, null,
                span -> span <= MAX_SPAN && allSettable(ex, ids.length, span) ? stackExtent(ex, ids.length, span) : null));
    }

    private static boolean allSettable(Extents ex, int count, int span) {
        for (int k = 0; k < count; k++) {
            if (!ex.settable(k, span, false)) {
                return false;
            }
        }
        return true;
    }

    /** A block as the page maker sees it: no headline of its own, its briefs' least heights stacked as its legs. */
    private static ArticleExtent stackExtent(Extents ex, int count, int span) {
        int depth = (count - 1) * PageMaker.BAND_GAP;
        for (int k = 0; k < count; k++) {
            depth += ex.min(k, span);
        }
        int lines = depth * span;
        return new ArticleExtent() {
            @Override
            public int headlineLines() {
                return 0;
            }

            @Override
            public int bodyLines() {
                return lines;
            }

            @Override
            public double photoAspect() {
                return 0;
            }

            @Override
            public int captionLines(int photoSpan) {
                return 0;
            }
        };
    }

    List<ArticleRequest> requests() {
        return requests;
    }

    /** The original article a request stands for when it is not a block. */
    int original(int request) {
        return members.get(request)[0];
    }

    boolean isBlock(int request) {
        return blockExtents.get(request) != null;
    }

    /** The briefs of a block placed at its module: their modules and the rules between them, and the lines empty. */
    record Expansion(List<Module> modules, List<Rule> rules, int empty) {
    }

    /**
     * The block's briefs stacked in its rectangle: each gets its least height, spare lines go to each in turn up to
     * what it can fill (headline air), the last takes what is left.
     */
    Expansion expand(int request, int bodyTop, int bodyLines, int col, int top, int span, int height) {
        Extents ex = blockExtents.get(request);
        int[] ids = members.get(request);
        int[] h = new int[ids.length];
        int room = height - (ids.length - 1) * PageMaker.BAND_GAP;
        for (int k = 0; k < ids.length; k++) {
            h[k] = ex.min(k, span);
            room -= h[k];
        }
        for (int k = 0; k < ids.length && room > 0; k++) {
            int more = Math.min(room, ex.max(k, span) - h[k]);
            h[k] += more;
            room -= more;
        }
        h[ids.length - 1] += Math.max(0, room);
        List<Module> modules = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        int empty = 0;
        int y = top;
        for (int k = 0; k < ids.length; k++) {
            if (k > 0 && y - 1 < bodyLines) {
                rules.add(new Rule(true, col, span, bodyTop + y - 1, 1));
            }
            ModuleShape s = ex.shape(k, span, h[k], false);
            int shown = Math.max(0, Math.min(h[k], bodyLines - y));
            empty += s.emptyLines(shown, ex.at(k, span).bodyLines());
            modules.add(Placement.module(bodyTop, ids[k], ex.at(k, span), s, col, y, shown));
            y += h[k] + PageMaker.BAND_GAP;
        }
        return new Expansion(modules, rules, empty);
    }
}
