package paiban.compose;

/**
 * Where each part of a module stands, in grid units: lines down from the module's top, columns from its left. The
 * shape a module is given ({@link ModuleShape}), the parts placed on the page ({@link Placement}) and the lines the
 * page maker counts as empty ({@link PageMaker}) all ask this one type, so they cannot disagree.
 *
 * <ul>
 *   <li>Headline block: {@code headlineLines} lines over the first {@link #headSpan} columns.</li>
 *   <li>Inset column: the last {@code inset} columns are free of the headline; their text starts at the module's
 *       top, beside the headline block. The text still runs column by column, left to right, so the column beside
 *       the headline holds the last leg.</li>
 *   <li>Photo block: picture, captions and a gap line ({@code photoBlock} lines) over the last {@code photoSpan}
 *       columns. Over all the columns it stands right under the headline, the gap line under its captions, and the
 *       text under it. With text columns on its left it stands at the <em>foot</em> of its columns, the gap line
 *       over it, the text of its columns (the inset column's among them) above it ending on one line. The foot is
 *       a layout rule made for readers who read by geometry: a caption at the top of its columns, beside full
 *       columns of text on its left, is read after those and before the text under the photo, which cuts the
 *       paragraph that runs from one into the other; at the foot it comes after all the text it stands beside.</li>
 *   <li>Vertical head ({@code head: vertical}, 竖排): no headline block across the columns (a box's top line at
 *       most); the head stands top to bottom in a strip at the module's right, {@code verticalHead} lines long from
 *       the first body line, and the columns give it part of their width (the page turns that into points). The body
 *       is at least as tall as the head; its legs are balanced as ever, so text shorter than the head leaves the
 *       lines under it empty ({@link #emptyInside}). A vertical head stands over one or two columns
 *       ({@link #MAX_VERTICAL_SPAN}), never inset, never with a photo.</li>
 *   <li>Legs: balanced, every leg ends on one foot line or one line above it.</li>
 * </ul>
 */
record ModuleGeometry(int span, int headlineLines, int inset, int photoSpan, int photoBlock, int verticalHead) {

    /** The widest module a vertical head stands in: beside more columns it reads as a stray column. */
    static final int MAX_VERTICAL_SPAN = 2;

    ModuleGeometry(int span, int headlineLines, int inset, int photoSpan, int photoBlock) {
        this(span, headlineLines, inset, photoSpan, photoBlock, 0);
    }

    /** Whether the parts can stand together: a vertical head in a narrow module, without an inset or a photo. */
    boolean allowed() {
        return verticalHead == 0 || (span <= MAX_VERTICAL_SPAN && inset == 0 && photoSpan == 0);
    }

    /** Grid lines between a photo and the text of its columns: under its captions, or over the photo at the foot. */
    static final int PHOTO_GAP = 1;
    /**
     * Body lines an inset headline needs under it at the least; and never fewer than the headline block is deep, or
     * the column beside the headline would hold most of the text and the legs under it a line or two. With a photo
     * (at the foot of the last columns, the one beside the headline among them) the text over the photo needs as
     * many, or the column beside the headline holds a line or two of the article's end, alone by the headline.
     */
    static final int INSET_BODY_MIN = 3;

    /** Grid lines a photo takes from each of its columns: picture, captions and the gap line. */
    static int photoBlock(int photoLines, int captionLines) {
        return photoLines + captionLines + PHOTO_GAP;
    }

    /** Columns the headline block stands over, from the module's first. */
    int headSpan() {
        return span - inset;
    }

    /** The photo's first column. */
    int photoCol() {
        return span - photoSpan;
    }

    /** Whether the photo stands at the foot of its columns (it has text columns on its left). */
    boolean photoAtFoot() {
        return photoSpan > 0 && photoSpan < span;
    }

    /** The line column {@code c}'s text starts on: the top beside the headline, else under it and any photo there. */
    int start(int c) {
        if (c >= headSpan()) {
            return 0;
        }
        boolean underPhoto = photoSpan > 0 && c >= photoCol() && !photoAtFoot();
        return underPhoto ? headlineLines + photoBlock : headlineLines;
    }

    /** Lines a photo at the foot takes from the bottom of column {@code c}, its gap line included; else 0. */
    int cut(int c) {
        return photoAtFoot() && c >= photoCol() ? photoBlock : 0;
    }

    /** Lines the columns hold between their starts and a common {@code foot} line, less a photo at the foot. */
    int room(int foot) {
        int n = 0;
        for (int c = 0; c < span; c++) {
            n += Math.max(0, foot - cut(c) - start(c));
        }
        return n;
    }

    /**
     * What the columns hold with a body {@code body} lines tall under the headline, at least as tall as the photo
     * block: {@link #room} at its foot, in closed form.
     */
    int capacity(int body) {
        return span * body + inset * headlineLines - photoSpan * photoBlock;
    }

    /** The least body height under the headline, and at least the photo block, whose columns hold {@code t} lines. */
    int bodyHeight(int t) {
        return Math.max(Math.max(photoBlock, verticalHead),
                ceilDiv(t - inset * headlineLines + photoSpan * photoBlock, span));
    }

    /**
     * Column-lines left empty inside a body {@code body} lines tall holding {@code t} lines, beyond the rag of
     * balanced legs (which end within a line of each other): there are some when the photo or a vertical head is
     * taller than the text beside it needs, and the text columns end above the foot.
     */
    int emptyInside(int t, int body) {
        return Math.max(0, capacity(body) - t - (span - 1));
    }

    /**
     * Whether an inset leaves too little text under its headline ({@link #INSET_BODY_MIN}, or the headline's depth)
     * or, with a photo, over the photo, with a body {@code body} lines tall.
     */
    boolean thinInset(int body) {
        return inset > 0 && (body < Math.max(INSET_BODY_MIN, headlineLines)
                || (photoBlock > 0 && body - photoBlock < INSET_BODY_MIN));
    }

    /**
     * The lines each column's leg holds when {@code t} lines run through a module that shows {@code bottom} lines
     * (its shape's height, or less where the page ends): the legs reach the first foot line that holds them all, or
     * the bottom, and are then balanced ({@link #balance}).
     */
    int[] legs(int t, int bottom) {
        int foot = Math.min(headlineLines, bottom);
        while (foot < bottom && room(foot) < t) {
            foot++;
        }
        int[] counts = new int[span];
        int room = 0;
        for (int c = 0; c < span; c++) {
            counts[c] = Math.max(0, foot - cut(c) - start(c));
            room += counts[c];
        }
        balance(counts, room - t);
        return counts;
    }

    /**
     * The line the picture starts on, given the {@link #legs}: right under the headline, or at the foot after the
     * gap line under the text over it (right under the headline when no text stands over it).
     */
    int photoLine(int[] legs, int bottom) {
        int line = Math.min(headlineLines, bottom);
        for (int c = photoCol(); c < span && photoAtFoot(); c++) {
            if (legs[c] > 0) {
                line = Math.max(line, start(c) + legs[c] + PHOTO_GAP);
            }
        }
        return line;
    }

    /**
     * Takes {@code excess} lines off the legs so that they end within a line of the foot and the text over a photo at
     * the foot ends on one line: one each off the last of the legs that run to the foot; when those are too few,
     * first one off every leg over the photo (the photo rises a line, its captions end a line above the foot). Only
     * when neither fits the count is the text over the photo left ending on two lines.
     */
    private void balance(int[] counts, int excess) {
        int over = 0;
        int full = 0;
        boolean textOverAll = true;
        for (int c = 0; c < span; c++) {
            if (cut(c) > 0) {
                over++;
                textOverAll &= counts[c] > 0;
            } else if (counts[c] > 0) {
                full++;
            }
        }
        if (excess > full && over > 0 && textOverAll && excess - over >= 0 && excess - over <= full) {
            for (int c = 0; c < span; c++) {
                if (cut(c) > 0) {
                    counts[c]--;
                }
            }
            excess -= over;
        }
        for (boolean overPhoto : new boolean[] {false, true}) {
            for (int c = span - 1; c >= 0 && excess > 0; c--) {
                if ((cut(c) > 0) == overPhoto && counts[c] > 0) {
                    counts[c]--;
                    excess--;
                }
            }
        }
    }

    static int ceilDiv(int a, int b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}
