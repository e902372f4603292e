package paiban.compose;

/**
 * The inner arrangement of one article module of a given height: headline block, photo, captions and the balanced
 * bottom line of its legs. Computed from an {@link ArticleExtent}; it decides how spare lines are spent inside a
 * module: first on the photo (within the crop limit), then as air in the headline block.
 */
record ModuleShape(int span, int headlineLines, int photoSpan, int photoLines, int captionLines, int bodyLines,
                   int height, int usedHeight) {

    /** A photo may be cropped so that its aspect ratio changes by at most this fraction. */
    static final double CROP_LIMIT = 0.10;
    /**
     * Extra grid lines of air a headline block may take. More than one reads as a white strip over the headline
     * rather than as air around it.
     */
    static final int HEADLINE_AIR = 1;
    /** Grid lines between a photo's captions and the text under them. */
    static final int PHOTO_GAP = 1;

    /**
     * The tallest-filling shape of at most {@code target} lines, or null when even the tightest shape is taller.
     * {@code columnWidth/gutter/pitch} only serve to turn the photo's aspect into lines.
     */
    static ModuleShape fit(ArticleExtent e, int span, int photoSpan, int target, double columnWidth, double gutter,
                           double pitch) {
        int hl = e.headlineLines();
        int t = e.bodyLines();
        if (!e.hasPhoto()) {
            int body = ceilDiv(t, span);
            int used = hl + body;
            if (used > target) {
                return null;
            }
            int air = Math.min(HEADLINE_AIR, target - used);
            return new ModuleShape(span, hl + air, 0, 0, 0, body, target, used + air);
        }
        double width = photoSpan * columnWidth + (photoSpan - 1) * gutter;
        double exact = width / e.photoAspect() / pitch;
        int pMin = Math.max(3, (int) Math.ceil(exact / (1 + CROP_LIMIT)));
        int pMax = Math.max(pMin, (int) Math.floor(exact / (1 - CROP_LIMIT)));
        int cap = e.captionLines(photoSpan);
        ModuleShape best = null;
        for (int p = pMin; p <= pMax; p++) {
            int body = bodyHeight(t, span, photoSpan, p + cap + PHOTO_GAP);
            int used = hl + body;
            if (used > target) {
                break;
            }
            int air = Math.min(HEADLINE_AIR, target - used);
            ModuleShape s = new ModuleShape(span, hl + air, photoSpan, p, cap, body, target, used + air);
            if (best == null || s.usedHeight > best.usedHeight
                    || (s.usedHeight == best.usedHeight && Math.abs(p - exact) < Math.abs(best.photoLines - exact))) {
                best = s;
            }
        }
        return best;
    }

    /** The smallest height any shape of this span can take (photo at its tightest crop). */
    static int minHeight(ArticleExtent e, int span, int photoSpan, double columnWidth, double gutter, double pitch) {
        if (!e.hasPhoto()) {
            return e.headlineLines() + ceilDiv(e.bodyLines(), span);
        }
        double width = photoSpan * columnWidth + (photoSpan - 1) * gutter;
        double exact = width / e.photoAspect() / pitch;
        int pMin = Math.max(3, (int) Math.ceil(exact / (1 + CROP_LIMIT)));
        return e.headlineLines() + bodyHeight(e.bodyLines(), span, photoSpan, pMin + e.captionLines(photoSpan) + PHOTO_GAP);
    }

    /** The largest height a shape can fill without an empty foot (photo at its loosest crop, full headline air). */
    static int maxFilledHeight(ArticleExtent e, int span, int photoSpan, double columnWidth, double gutter, double pitch) {
        if (!e.hasPhoto()) {
            return e.headlineLines() + HEADLINE_AIR + ceilDiv(e.bodyLines(), span);
        }
        double width = photoSpan * columnWidth + (photoSpan - 1) * gutter;
        double exact = width / e.photoAspect() / pitch;
        int pMin = Math.max(3, (int) Math.ceil(exact / (1 + CROP_LIMIT)));
        int pMax = Math.max(pMin, (int) Math.floor(exact / (1 - CROP_LIMIT)));
        return e.headlineLines() + HEADLINE_AIR
                + bodyHeight(e.bodyLines(), span, photoSpan, pMax + e.captionLines(photoSpan) + PHOTO_GAP);
    }

    /**
     * Height of the body area when {@code photoSpan} of the {@code span} columns start {@code blocked} lines lower:
     * the smallest height whose columns hold all {@code t} lines.
     */
    static int bodyHeight(int t, int span, int photoSpan, int blocked) {
        if (photoSpan >= span) {
            return blocked + ceilDiv(t, span);
        }
        return Math.max(blocked, ceilDiv(t + photoSpan * blocked, span));
    }

    static int ceilDiv(int a, int b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}
