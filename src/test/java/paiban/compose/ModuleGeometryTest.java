package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one module geometry that shape, placement and cost ask: the lines the page maker counts as empty are the lines
 * the placed module leaves empty, and the body height it chooses holds the text the placement puts in it.
 */
class ModuleGeometryTest {

    private static final double COLUMN = 126;
    private static final double GUTTER = 9;
    private static final double PITCH = 13.5;

    /** Modules with and without inset headlines and photos (landscape, portrait, over some or all columns). */
    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (int span = 1; span <= 5; span++) {
            for (int inset = 0; inset <= 1; inset++) {
                for (double aspect : new double[] {0, 1.5, 0.6}) {
                    for (int body = 5; body <= 160; body += 7) {
                        FakeExtent e = new FakeExtent(3, body, aspect, aspect > 0 ? 2 : 0);
                        for (int photoSpan : Extents.photoSpans(e, span)) {
                            ModuleShape s = ModuleShape.fit(e, span, photoSpan, 400, COLUMN, GUTTER, PITCH, inset);
                            if (s != null) {
                                // the module as tall as its shape fills
                                out.add(new Case(e, ModuleShape.fit(e, span, photoSpan, s.usedHeight(), COLUMN,
                                        GUTTER, PITCH, inset)));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private record Case(FakeExtent extent, ModuleShape shape) {
    }

    @Test
    void theEmptyLinesTheCostCountsAreTheLinesThePlacedModuleLeavesEmpty() {
        List<Case> all = cases();
        assertTrue(all.size() > 300, "cases: " + all.size());
        int withInsideHoles = 0;
        for (Case c : all) {
            ModuleShape s = c.shape();
            int t = c.extent().bodyLines();
            Module m = Placement.module(0, 0, c.extent(), s, 0, 0, s.usedHeight());
            assertEquals(0, m.overset(), c + ": every line placed");
            int empty = emptyCells(m, s.usedHeight());
            int inside = s.geometry().emptyInside(t, s.bodyLines());
            // the page maker lets the legs' rag go (they end within a line of each other); the rest is a hole
            assertEquals(Math.max(0, empty - (s.span() - 1)), inside, c + " placed as " + m);
            assertEquals(inside, s.emptyLines(s.height(), t), c + ": nothing under the shape");
            ModuleShape taller = new ModuleShape(s.span(), s.headlineLines(), s.photoSpan(), s.photoLines(),
                    s.captionLines(), s.bodyLines(), s.height() + 2, s.usedHeight(), s.inset());
            assertEquals(inside + 2 * s.span(), taller.emptyLines(taller.height(), t), c + ": two lines under it");
            withInsideHoles += inside > 0 ? 1 : 0;
        }
        assertTrue(withInsideHoles > 10, "some modules leave lines empty beside a tall photo: " + withInsideHoles);
    }

    @Test
    void theBodyHeightIsTheLeastWhoseColumnsHoldTheText() {
        for (Case c : cases()) {
            ModuleGeometry g = c.shape().geometry();
            int t = c.extent().bodyLines();
            int b = g.bodyHeight(t);
            int head = g.headlineLines();
            assertEquals(g.room(head + b), g.capacity(b), c + ": the closed form is the columns' room");
            assertTrue(g.room(head + b) >= t, c + ": the text fits");
            assertTrue(b == g.photoBlock() || g.room(head + b - 1) < t, c + ": one line less would not hold it");
        }
    }

    @Test
    void aPhotoBesideTextStandsAtTheFootAndOneOverAllColumnsUnderTheHeadline() {
        for (Case c : cases()) {
            ModuleShape s = c.shape();
            Module m = Placement.module(0, 0, c.extent(), s, 0, 0, s.usedHeight());
            if (m.photo() == null) {
                continue;
            }
            boolean overAll = s.photoSpan() == s.span();
            assertEquals(!overAll, s.geometry().photoAtFoot(), c.toString());
            if (overAll) {
                assertEquals(s.headlineLines(), m.photo().line(), c + ": right under the headline");
            } else if (m.photoUnderText()) {
                int end = m.photo().line() + m.photo().lines() + m.photo().captionLines();
                assertTrue(end == m.lines() || end == m.lines() - 1, c + ": captions end on the foot or a line above");
            }
            assertFalse(m.photo().line() < s.headlineLines(), c + ": never beside the headline");
        }
    }

    /**
     * Grid cells of the module's first {@code lines} lines that hold nothing: not the headline block, a leg, the
     * photo with its captions, or the photo's gap line (over it under text, else under its captions).
     */
    private static int emptyCells(Module m, int lines) {
        boolean[][] used = new boolean[m.span()][lines];
        fill(used, m.headCol() - m.col(), m.headSpan(), 0, m.headlineLines());
        for (Leg l : m.legs()) {
            fill(used, l.col() - m.col(), 1, l.line() - m.line(), l.count());
        }
        PhotoSlot p = m.photo();
        if (p != null) {
            int top = p.line() - m.line();
            int block = p.lines() + p.captionLines();
            fill(used, p.col() - m.col(), p.span(), top, block);
            fill(used, p.col() - m.col(), p.span(), m.photoUnderText() ? top - ModuleGeometry.PHOTO_GAP : top + block,
                    ModuleGeometry.PHOTO_GAP);
        }
        int empty = 0;
        for (boolean[] column : used) {
            for (boolean cell : column) {
                empty += cell ? 0 : 1;
            }
        }
        return empty;
    }

    private static void fill(boolean[][] used, int col, int span, int line, int count) {
        for (int c = col; c < col + span; c++) {
            for (int y = line; y < line + count; y++) {
                assertFalse(used[c][y], "two parts on one cell: column " + c + ", line " + y);
                used[c][y] = true;
            }
        }
    }
}
