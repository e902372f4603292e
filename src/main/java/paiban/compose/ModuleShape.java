package paiban.compose;

/**
 * The sizes of one article module's parts at a given height: the headline block's lines (with its air), the photo's
 * and its captions' lines, and the body's height under the headline; where each part stands is its
 * {@link ModuleGeometry}. Computed from an {@link ArticleExtent}; it decides how spare lines are spent inside a
 * module: first on the photo (within the crop limit), then as air in the headline block (at most
 * {@link #HEADLINE_AIR} lines).
 *
 * <p>An <em>inset</em> module keeps its last {@code inset} columns free of the headline. Set beside a neighbour on
 * its right whose headline starts on the same line, the text column keeps the two headlines apart (no tombstone).
 */
record ModuleShape(int span, int headlineLines, int photoSpan, int photoLines, int captionLines, int bodyLines,
                   int height, int usedHeight, int inset, int verticalHead) {

    ModuleShape(int span, int headlineLines, int photoSpan, int photoLines, int captionLines, int bodyLines,
                int height, int usedHeight, int inset) {
        this(span, headlineLines, photoSpan, photoLines, captionLines, bodyLines, height, usedHeight, inset, 0);
    }

    /** A photo may be cropped so that its aspect ratio changes by at most this fraction. */
    static final double CROP_LIMIT = 0.10;
    /**
     * Extra grid lines of air a headline block may take, shared above and below its text. One is free; each more
     * costs the page maker a little, as a module short of text would otherwise end in a hole at its foot.
     */
    static final int HEADLINE_AIR = 2;
    /** Air lines that cost nothing: one line reads as the normal space around a headline. */
    static final int FREE_AIR = 1;
    /** An inset headline keeps at least two columns: squeezed into one it wraps into a tall, thin stack. */
    static final int MIN_HEAD_SPAN = 2;

    /** Where the module's parts stand: headline block, inset column, photo block and legs. */
    ModuleGeometry geometry() {
        return new ModuleGeometry(span, headlineLines, inset, photoSpan,
                photoSpan > 0 ? ModuleGeometry.photoBlock(photoLines, captionLines) : 0, verticalHead);
    }

    /**
     * Column-lines the module leaves empty, as the report counts them: under its shape within its height, of which
     * the page shows {@code shown}, and inside, under text beside a photo taller than it needs.
     */
    int emptyLines(int shown, int textLines) {
        return span * Math.max(0, Math.min(shown, height - usedHeight)) + geometry().emptyInside(textLines, bodyLines);
    }

    /**
     * The tallest-filling shape of at most {@code target} lines, or null when even the tightest shape is taller.
     * {@code e} answers with the headline depth at the headline's own width ({@code span - inset} columns);
     * {@code columnWidth/gutter/pitch} only serve to turn the photo's aspect into lines.
     */
    static ModuleShape fit(ArticleExtent e, int span, int photoSpan, int target, double columnWidth, double gutter,
                           double pitch, int inset) {
        return fit(e, span, photoSpan, target, columnWidth, gutter, pitch, inset, HEADLINE_AIR);
    }

    /** As {@link #fit(ArticleExtent, int, int, int, double, double, double, int)}, with at most {@code maxAir}. */
    static ModuleShape fit(ArticleExtent e, int span, int photoSpan, int target, double columnWidth, double gutter,
                           double pitch, int inset, int maxAir) {
        if (!allowed(e, span, photoSpan, inset)) {
            return null;
        }
        // a vertical head hangs from the body's first line: air over the text would part them
        maxAir = e.verticalHeadLines() > 0 ? 0 : maxAir;
        int hl = e.headlineLines();
        int[] range = photoRange(e, photoSpan, columnWidth, gutter, pitch);
        double exact = exactPhotoLines(e, photoSpan, columnWidth, gutter, pitch);
        int cap = e.hasPhoto() ? e.captionLines(photoSpan) : 0;
        ModuleShape best = null;
        for (int p = range[0]; p <= range[1]; p++) {
            for (int air = 0; air <= maxAir; air++) {
                int head = hl + air;
                ModuleGeometry g = geometry(e, span, photoSpan, inset, head, p, cap);
                int body = g.bodyHeight(e.bodyLines());
                int used = head + body;
                if (used > target || g.thinInset(body)) {
                    continue;
                }
                ModuleShape s = new ModuleShape(span, head, photoSpan, e.hasPhoto() ? p : 0, cap, body, target, used,
                        inset, e.verticalHeadLines());
                if (best == null || s.usedHeight > best.usedHeight
                        || (s.usedHeight == best.usedHeight && (s.headlineLines < best.headlineLines
                            || (s.headlineLines == best.headlineLines
                                && Math.abs(s.photoLines - exact) < Math.abs(best.photoLines - exact))))) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** The smallest height any shape of this span can take (photo at its tightest crop, no air); 0 when none. */
    static int minHeight(ArticleExtent e, int span, int photoSpan, double columnWidth, double gutter, double pitch,
                         int inset) {
        if (!allowed(e, span, photoSpan, inset)) {
            return 0;
        }
        int p = photoRange(e, photoSpan, columnWidth, gutter, pitch)[0];
        int hl = e.headlineLines();
        ModuleGeometry g = geometry(e, span, photoSpan, inset, hl, p, e.captionLines(photoSpan));
        int body = g.bodyHeight(e.bodyLines());
        return g.thinInset(body) ? 0 : hl + body;
    }

    /** The largest height a shape can fill without an empty foot (photo at its loosest crop, full headline air). */
    static int maxFilledHeight(ArticleExtent e, int span, int photoSpan, double columnWidth, double gutter,
                               double pitch, int inset) {
        if (!allowed(e, span, photoSpan, inset)) {
            return 0;
        }
        int p = photoRange(e, photoSpan, columnWidth, gutter, pitch)[1];
        int head = e.headlineLines() + (e.verticalHeadLines() > 0 ? 0 : HEADLINE_AIR);
        return head + geometry(e, span, photoSpan, inset, head, p, e.captionLines(photoSpan))
                .bodyHeight(e.bodyLines());
    }

    /**
     * An inset leaves the headline {@link #MIN_HEAD_SPAN} columns, and its photo a column at least: the photo stands
     * at the foot of the module's last columns, the column beside the headline included.
     */
    private static boolean allowed(ArticleExtent e, int span, int photoSpan, int inset) {
        return (inset == 0 || (span - inset >= MIN_HEAD_SPAN && photoSpan < span))
                && geometry(e, span, photoSpan, inset, e.headlineLines(), 0, 0).allowed();
    }

    /** Photo heights in grid lines within the crop limit; {0, 0} without a photo. */
    private static int[] photoRange(ArticleExtent e, int photoSpan, double columnWidth, double gutter, double pitch) {
        if (!e.hasPhoto()) {
            return new int[] {0, 0};
        }
        int fixed = e.photoLimits().lines();
        if (fixed > 0) {
            // the desk's height: the crop follows it (the report's aspectChange shows how far)
            return new int[] {fixed, fixed};
        }
        double picture = pictureHeight(e, photoSpan, columnWidth, gutter);
        // the printed picture is the slot less its air: the limit holds for what is printed
        int pMin = Math.max(3, (int) Math.ceil((picture / (1 + CROP_LIMIT) + e.photoAir()) / pitch - 1e-9));
        double loosest = picture / (1 - CROP_LIMIT);
        // an unsized photo grows no taller than its limit, crop included
        int pMax = Math.max(pMin, (int) Math.floor((Math.min(loosest, e.photoLimits().maxHeight()) + e.photoAir())
                / pitch + 1e-9));
        return new int[] {pMin, pMax};
    }

    private static double exactPhotoLines(ArticleExtent e, int photoSpan, double columnWidth, double gutter,
                                          double pitch) {
        if (!e.hasPhoto()) {
            return 0;
        }
        if (e.photoLimits().lines() > 0) {
            return e.photoLimits().lines();
        }
        return (pictureHeight(e, photoSpan, columnWidth, gutter) + e.photoAir()) / pitch;
    }

    /** The picture's height, in points, at its own aspect over {@code photoSpan} columns. */
    private static double pictureHeight(ArticleExtent e, int photoSpan, double columnWidth, double gutter) {
        return (photoSpan * columnWidth + (photoSpan - 1) * gutter) / e.photoAspect();
    }

    /** The geometry of a candidate shape: a {@code head}-line headline block, a photo {@code p} lines tall. */
    private static ModuleGeometry geometry(ArticleExtent e, int span, int photoSpan, int inset, int head, int p,
                                           int captions) {
        return new ModuleGeometry(span, head, inset, photoSpan,
                e.hasPhoto() ? ModuleGeometry.photoBlock(p, captions) : 0, e.verticalHeadLines());
    }
}
