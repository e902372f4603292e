package paiban.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a module go on the grid once its shape is chosen: the headline block over its columns, the
 * photo at the right of the module, and the legs, balanced to a common foot, that the text runs through column by
 * column.
 *
 * <p>A photo with text columns on its left stands at the <em>foot</em> of its columns, the text above it (in an inset
 * module, the column beside the headline among them); one over all the module's columns stands at their top, under
 * the headline. Text extractors (poppler's pdftotext and those built like it) order blocks by geometry: a block
 * comes after every block wholly to its left and before every block under it. A caption at the top of the photo's
 * columns, beside full columns of text, was read after those and before the text under the photo, cutting the
 * paragraph that runs from one into the other. At the foot it is read after all the text it stands beside and
 * under; over all the columns, before all of it.
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
        int span = s.span();
        int photoCol = span - s.photoSpan();
        boolean atFoot = s.photoSpan() > 0 && photoCol > 0;
        int blocked = s.photoBlock();
        // Columns under the headline start at its foot, those beside it (inset) at the module's top; a photo's
        // columns lose its lines at their top or at the foot.
        int[] starts = new int[span];
        int[] cut = new int[span];
        for (int c = 0; c < span; c++) {
            boolean under = c >= photoCol && s.photoSpan() > 0;
            starts[c] = c >= s.headSpan() ? line : under && !atFoot ? bodyStart + blocked : bodyStart;
            cut[c] = under && atFoot ? blocked : 0;
        }
        // Balanced legs: every leg ends on the same foot line, or one line above it (the last legs), so the
        // columns of a module differ by at most one line at the foot.
        int total = e.bodyLines();
        int foot = bodyStart;
        while (foot < bottom && room(starts, cut, foot) < total) {
            foot++;
        }
        int[] counts = new int[span];
        int room = 0;
        for (int c = 0; c < span; c++) {
            counts[c] = Math.max(0, foot - cut[c] - starts[c]);
            room += counts[c];
        }
        shorten(counts, cut, room - total);
        keepWidowsOffColumnTops(e, counts, starts, cut, foot, total > room);
        PhotoSlot photo = null;
        if (s.photoSpan() > 0) {
            // At the foot the photo follows the text over it after a gap line; with no text over it, it stands
            // right under the headline.
            int photoLine = bodyStart;
            for (int c = photoCol; c < span && atFoot; c++) {
                if (counts[c] > 0) {
                    photoLine = Math.max(photoLine, starts[c] + counts[c] + ModuleShape.PHOTO_GAP);
                }
            }
            if (photoLine + s.photoLines() <= line + height) {
                photo = new PhotoSlot(col + photoCol, photoLine, s.photoSpan(), s.photoLines(), s.captionLines());
            }
        }
        List<Leg> legs = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < span && next < total; c++) {
            int count = Math.min(counts[c], total - next);
            if (count > 0) {
                legs.add(new Leg(col + c, starts[c], count, next));
                next += count;
            }
        }
        int remaining = total - next;
        return new Module(article, col, line, s.span(), height, hl, photo, legs, remaining, s.span(), col,
                s.headSpan());
    }

    /**
     * Takes {@code excess} lines off the legs so that the text over a photo at the foot (columns with a {@code cut})
     * ends on one line: one each off the last of the legs that run to the foot; when those are too few, first one off
     * every leg over the photo (the photo rises a line, its captions end a line above the foot). Only when neither
     * fits the count is the text over the photo left ending on two lines.
     */
    private static void shorten(int[] counts, int[] cut, int excess) {
        int over = 0;
        int full = 0;
        boolean textOverAll = true;
        for (int c = 0; c < counts.length; c++) {
            if (cut[c] > 0) {
                over++;
                textOverAll &= counts[c] > 0;
            } else if (counts[c] > 0) {
                full++;
            }
        }
        if (excess > full && over > 0 && textOverAll && excess - over >= 0 && excess - over <= full) {
            for (int c = 0; c < counts.length; c++) {
                if (cut[c] > 0) {
                    counts[c]--;
                }
            }
            excess -= over;
        }
        for (boolean overPhoto : new boolean[] {false, true}) {
            for (int c = counts.length - 1; c >= 0 && excess > 0; c--) {
                if ((cut[c] > 0) == overPhoto && counts[c] > 0) {
                    counts[c]--;
                    excess--;
                }
            }
        }
    }

    /**
     * No column starts with a paragraph's short last line (孤行): the text from that column on moves one line down
     * into a later leg with room (that paragraph's last two lines then stand together at the top), or, when none
     * has room, one line up into an earlier leg with room, the last leg giving it. Text that continues on a later
     * page moves down whatever the room: its last line goes on with the rest. A leg keeps at least two lines.
     */
    private static void keepWidowsOffColumnTops(ArticleExtent e, int[] counts, int[] starts, int[] cut, int foot,
                                                boolean continues) {
        int n = counts.length;
        for (int c = 0, first = 0; c + 1 < n; c++) {
            first += counts[c];
            if (counts[c] == 0 || counts[c + 1] == 0 || !e.widow(first)) {
                continue;
            }
            int down = roomAfter(counts, starts, cut, foot, c + 1);
            int up = roomBefore(counts, starts, cut, foot, c);
            int last = lastLeg(counts);
            if ((down >= 0 || continues) && counts[c] > 2 && !e.widow(first - 1)) {
                counts[c]--;
                if (down >= 0) {
                    counts[down]++;
                }
                first--;
            } else if (up >= 0 && counts[last] > 2 && !e.widow(first + 1)) {
                counts[up]++;
                counts[last]--;
                first++;
            }
        }
    }

    private static int capacity(int[] starts, int[] cut, int foot, int c) {
        return Math.max(0, foot - cut[c] - starts[c]);
    }

    /** The first leg from {@code from} on that holds text and has a line to spare, or -1. */
    private static int roomAfter(int[] counts, int[] starts, int[] cut, int foot, int from) {
        for (int d = from; d < counts.length; d++) {
            if (counts[d] > 0 && counts[d] < capacity(starts, cut, foot, d)) {
                return d;
            }
        }
        return -1;
    }

    /** The last leg up to {@code to} that has a line to spare, or -1. */
    private static int roomBefore(int[] counts, int[] starts, int[] cut, int foot, int to) {
        for (int d = to; d >= 0; d--) {
            if (counts[d] > 0 && counts[d] < capacity(starts, cut, foot, d)) {
                return d;
            }
        }
        return -1;
    }

    private static int lastLeg(int[] counts) {
        int last = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                last = c;
            }
        }
        return last;
    }

    /** Lines the columns hold between their starts and a common foot, less what a photo at the foot takes. */
    private static int room(int[] starts, int[] cut, int foot) {
        int n = 0;
        for (int c = 0; c < starts.length; c++) {
            n += Math.max(0, foot - cut[c] - starts[c]);
        }
        return n;
    }
}
