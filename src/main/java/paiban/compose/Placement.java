package paiban.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a module go on the grid once its shape is chosen: the headline block over its columns, the
 * photo at the right of them, and the legs, balanced to a common foot, that the text runs through column by column.
 */
final class Placement {

    private Placement() {
    }

    /**
     * Puts a module's parts on the grid, {@code top} lines under the body area's top line {@code bodyTop};
     * {@code height} may be less than the shape's when the page is full.
     */
    static Module module(int bodyTop, int article, ArticleExtent e, ModuleShape s, int col, int top, int height) {
        int line = bodyTop + top;
        if (height <= 0) {
            return new Module(article, col, line, s.span(), 0, 0, null, List.of(), e.bodyLines(), s.span(), col,
                    s.headSpan());
        }
        int hl = Math.min(s.headlineLines(), height);
        int bodyStart = line + hl;
        int bottom = line + Math.min(height, s.headlineLines() + s.bodyLines());
        PhotoSlot photo = null;
        int blocked = 0;
        if (s.photoSpan() > 0) {
            blocked = s.photoLines() + s.captionLines() + ModuleShape.PHOTO_GAP;
            // The photo stands at the right of the headline's columns, so the text starts at the top of the first.
            photo = new PhotoSlot(col + s.headSpan() - s.photoSpan(), bodyStart, s.photoSpan(), s.photoLines(),
                    s.captionLines());
            if (bodyStart + s.photoLines() > line + height) {
                photo = null;
            }
        }
        // Balanced legs: every leg ends on the same foot line, or one line above it (the last legs), so the
        // columns of a module differ by at most one line at the foot.
        int span = s.span();
        int[] starts = new int[span];
        for (int c = 0; c < span; c++) {
            starts[c] = c >= s.headSpan() ? line : c >= s.headSpan() - s.photoSpan() ? bodyStart + blocked : bodyStart;
        }
        int total = e.bodyLines();
        int foot = bodyStart;
        while (foot < bottom && room(starts, foot) < total) {
            foot++;
        }
        int excess = Math.max(0, room(starts, foot) - total);
        List<Leg> legs = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < span && next < total; c++) {
            int count = Math.max(0, foot - starts[c]);
            if (excess > 0 && c >= span - excess && count > 0) {
                count--;
            }
            count = Math.min(count, total - next);
            if (count > 0) {
                legs.add(new Leg(col + c, starts[c], count, next));
                next += count;
            }
        }
        int remaining = total - next;
        return new Module(article, col, line, s.span(), height, hl, photo, legs, remaining, s.span(), col,
                s.headSpan());
    }

    /** Lines the columns hold between their starts and a common foot. */
    private static int room(int[] starts, int foot) {
        int n = 0;
        for (int start : starts) {
            n += Math.max(0, foot - start);
        }
        return n;
    }
}
