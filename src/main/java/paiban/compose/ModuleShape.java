package paiban.compose;

/**
 * The inner arrangement of one article module of a given height: headline block, photo, captions and the balanced
 * bottom line of its legs. Computed from an {@link ArticleExtent}; it decides how spare lines are spent inside a
 * module: first on the photo (within the crop limit), then as air in the headline block (at most
 * {@link #HEADLINE_AIR} lines).
 *
 * <p>An <em>inset</em> module keeps its last {@code inset} columns free of the headline: their text starts at the
 * module's top, beside the headline block, which stands over the other columns. Set beside a neighbour on its
 * right whose headline starts on the same line, the text column keeps the two headlines apart (no tombstone). The
 * text still runs column by column: the last column, beside the headline, is the last leg.
 */
record ModuleShape(int span, int headlineLines, int photoSpan, int photoLines, int captionLines, int bodyLines,
                   int height, int usedHeight, int inset) {

    /** A photo may be cropped so that its aspect ratio changes by at most this fraction. */
    static final double CROP_LIMIT = 0.10;
    /**
     * Extra grid lines of air a headline block may take, shared above and below its text. One is free; each more
     * costs the page maker a little, as a module short of text would otherwise end in a hole at its foot.
     */
    static final int HEADLINE_AIR = 2;
    /** Air lines that cost nothing: one line reads as the normal space around a headline. */
    static final int FREE_AIR = 1;
    /** Grid lines between a photo and the text of its columns: under its captions, or over the photo at the foot. */
    static final int PHOTO_GAP = 1;
    /**
     * Body lines an inset headline needs under it at the least; and never fewer than the headline block is deep, or
     * the column beside the headline would hold most of the text and the legs under it a line or two. With a photo
     * (at the foot of the last columns, the one beside the headline among them) the text over the photo needs as
     * many, or the column beside the headline holds a line or two of the article's end, alone by the headline.
     */
    static final int INSET_BODY_MIN = 3;
    /** An inset headline keeps at least two columns: squeezed into one it wraps into a tall, thin stack. */
    static final int MIN_HEAD_SPAN = 2;

    /**
     * Column-lines left empty inside the body beyond the rag of balanced legs (which end within a line of each
     * other): there are some when the photo is taller than the text beside it needs, and the text columns end
     * above the foot.
     */
    int emptyInside(int textLines) {
        int capacity = span * bodyLines + inset * headlineLines - photoSpan * photoBlock();
        return Math.max(0, capacity - textLines - (span - 1));
    }

    /** Grid lines the photo takes from each of its columns: picture, captions and the gap line; 0 without one. */
    int photoBlock() {
        return photoSpan > 0 ? photoBlock(photoLines, captionLines) : 0;
    }

    private static int photoBlock(int photoLines, int captionLines) {
        return photoLines + captionLines + PHOTO_GAP;
    }

    /**
     * Whether an inset shape leaves too little text under its headline ({@link #INSET_BODY_MIN}, or the headline's
     * depth) or, with a photo, over the photo.
     */
    private static boolean thinInset(int inset, int body, int head, boolean photo, int blocked) {
        return inset > 0 && (body < Math.max(INSET_BODY_MIN, head) || (photo && body - blocked < INSET_BODY_MIN));
    }

    /** Columns the headline block stands over. */
    int headSpan() {
        return span - inset;
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
        if (!allowed(span, photoSpan, inset)) {
            return null;
        }
        int hl = e.headlineLines();
        int[] range = photoRange(e, photoSpan, columnWidth, gutter, pitch);
        double exact = exactPhotoLines(e, photoSpan, columnWidth, gutter, pitch);
        int cap = e.hasPhoto() ? e.captionLines(photoSpan) : 0;
        ModuleShape best = null;
        for (int p = range[0]; p <= range[1]; p++) {
            for (int air = 0; air <= maxAir; air++) {
                int head = hl + air;
                int blocked = e.hasPhoto() ? photoBlock(p, cap) : 0;
                int body = bodyHeight(e.bodyLines(), span, photoSpan, blocked, inset, head);
                int used = head + body;
                if (used > target || thinInset(inset, body, head, e.hasPhoto(), blocked)) {
                    continue;
                }
                ModuleShape s = new ModuleShape(span, head, photoSpan, e.hasPhoto() ? p : 0, cap, body, target, used,
                        inset);
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
        if (!allowed(span, photoSpan, inset)) {
            return 0;
        }
        int p = photoRange(e, photoSpan, columnWidth, gutter, pitch)[0];
        int blocked = e.hasPhoto() ? photoBlock(p, e.captionLines(photoSpan)) : 0;
        int hl = e.headlineLines();
        int body = bodyHeight(e.bodyLines(), span, photoSpan, blocked, inset, hl);
        return thinInset(inset, body, hl, e.hasPhoto(), blocked) ? 0 : hl + body;
    }

    /** The largest height a shape can fill without an empty foot (photo at its loosest crop, full headline air). */
    static int maxFilledHeight(ArticleExtent e, int span, int photoSpan, double columnWidth, double gutter,
                               double pitch, int inset) {
        if (!allowed(span, photoSpan, inset)) {
            return 0;
        }
        int p = photoRange(e, photoSpan, columnWidth, gutter, pitch)[1];
        int blocked = e.hasPhoto() ? photoBlock(p, e.captionLines(photoSpan)) : 0;
        int head = e.headlineLines() + HEADLINE_AIR;
        return head + bodyHeight(e.bodyLines(), span, photoSpan, blocked, inset, head);
    }

    /**
     * An inset leaves the headline {@link #MIN_HEAD_SPAN} columns, and its photo a column at least: the photo stands
     * at the foot of the module's last columns, the column beside the headline included.
     */
    private static boolean allowed(int span, int photoSpan, int inset) {
        return inset == 0 || (span - inset >= MIN_HEAD_SPAN && photoSpan < span);
    }

    /** Photo heights in grid lines within the crop limit; {0, 0} without a photo. */
    private static int[] photoRange(ArticleExtent e, int photoSpan, double columnWidth, double gutter, double pitch) {
        if (!e.hasPhoto()) {
            return new int[] {0, 0};
        }
        double picture = (photoSpan * columnWidth + (photoSpan - 1) * gutter) / e.photoAspect();
        // the printed picture is the slot less its air: the limit holds for what is printed
        int pMin = Math.max(3, (int) Math.ceil((picture / (1 + CROP_LIMIT) + e.photoAir()) / pitch - 1e-9));
        int pMax = Math.max(pMin, (int) Math.floor((picture / (1 - CROP_LIMIT) + e.photoAir()) / pitch + 1e-9));
        return new int[] {pMin, pMax};
    }

    private static double exactPhotoLines(ArticleExtent e, int photoSpan, double columnWidth, double gutter,
                                          double pitch) {
        if (!e.hasPhoto()) {
            return 0;
        }
        double width = photoSpan * columnWidth + (photoSpan - 1) * gutter;
        return (width / e.photoAspect() + e.photoAir()) / pitch;
    }

    /**
     * Height of the body area under a {@code head}-line headline block when {@code photoSpan} of the {@code span}
     * columns start {@code blocked} lines lower and the first {@code inset} columns start beside the headline: the
     * smallest height whose columns hold all {@code t} lines.
     */
    static int bodyHeight(int t, int span, int photoSpan, int blocked, int inset, int head) {
        if (photoSpan >= span) {
            return blocked + ceilDiv(t, span);
        }
        return Math.max(blocked, ceilDiv(t - inset * head + photoSpan * blocked, span));
    }

    static int ceilDiv(int a, int b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}
