package paiban.compose;

/**
 * No column of a module starts with a paragraph's short last line (孤行): the text from that column on moves one
 * line down into a later leg with room (the paragraph's last two lines then stand together at the top), or, when
 * none has room, one line up into an earlier leg with room, the last leg giving it. The legs still end within
 * one line: only a leg that reaches the foot gives a line (an earlier one, moving the column tops between up with
 * it, when the widow's own leg stops short). Text that continues on a later page moves down whatever the room:
 * its last line goes on with the rest. A leg keeps at least two lines, and the legs over a photo at the foot take
 * a line only up to where the text over it ends, so the photo keeps its place.
 */
final class ColumnTops {

    private ColumnTops() {
    }

    /** The balanced leg counts {@code counts} (changed in place and returned) with no 孤行 at a column top. */
    static int[] withoutWidows(ArticleExtent e, ModuleGeometry g, int[] counts, int total) {
        int foot = 0;
        int placed = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                foot = Math.max(foot, g.start(c) + g.cut(c) + counts[c]);
            }
            placed += counts[c];
        }
        boolean continues = placed < total;
        // the line the text over a photo at the foot ends on: legs over the photo may fill up to it, no further
        int overPhoto = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && g.cut(c) > 0) {
                overPhoto = Math.max(overPhoto, g.start(c) + counts[c]);
            }
        }
        for (int c = 0, first = 0; c + 1 < counts.length; c++) {
            first += counts[c];
            if (counts[c] == 0 || counts[c + 1] == 0 || first >= total || !e.widow(first)) {
                continue;
            }
            int down = spare(g, counts, foot, overPhoto, c + 1, counts.length - 1);
            int giver = giver(e, g, counts, foot, c, first);
            int up = spare(g, counts, foot, overPhoto, c, 0);
            int last = lastLeg(counts);
            if ((down >= 0 || continues) && giver >= 0) {
                counts[giver]--;
                if (down >= 0) {
                    counts[down]++;
                }
                first--;
            } else if (up >= 0 && g.cut(last) == 0 && g.start(last) + counts[last] == foot && counts[last] > 2
                    && !e.widow(first + 1)) {
                counts[up]++;
                counts[last]--;
                first++;
            }
        }
        return counts;
    }

    /**
     * The leg that gives a line when the text from column {@code c + 1} on moves one line down: leg {@code c}
     * itself when it reaches the foot, else the nearest leg before it that does, every column top between them
     * moving up a line too. A leg that stops a line short of the foot cannot give one, or the legs would end two
     * lines apart. -1 when no leg can give without leaving a leg of under two lines or a 孤行 at a moved top.
     */
    private static int giver(ArticleExtent e, ModuleGeometry g, int[] counts, int foot, int c, int first) {
        int top = first;
        for (int d = c; d >= 0; d--) {
            if (counts[d] == 0 || e.widow(top - 1)) {
                return -1;
            }
            if (g.cut(d) == 0 && g.start(d) + counts[d] == foot) {
                return counts[d] > 2 ? d : -1;
            }
            top -= counts[d];
        }
        return -1;
    }

    /**
     * The first leg from {@code from} towards {@code to} that holds text and has a line to spare: above the foot, or
     * over a photo above the line the text over the photo ends on (so the photo keeps its place).
     */
    private static int spare(ModuleGeometry g, int[] counts, int foot, int overPhoto, int from, int to) {
        int step = to >= from ? 1 : -1;
        for (int d = from; d != to + step; d += step) {
            int end = g.start(d) + counts[d];
            if (counts[d] > 0 && (g.cut(d) == 0 ? end < foot : end < overPhoto)) {
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
}
