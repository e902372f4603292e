package paiban.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import paiban.spec.PageGeometry;
import paiban.text.PlacedGlyph;

/**
 * The white a reader sees on a finished page, measured on the drawing itself rather than on the plan: the page
 * maker's plan knows the empty column-lines of its modules, but not the white beside a short headline, at the end of
 * a short leg, or round a placeholder, and those are what an editor looking at the proof calls a hole.
 *
 * <p>The page is looked at in its {@link ProofFrame} (on a full page, the type area) as {@link InkCells}; the
 * largest white rectangle at least one column wide and three lines tall is taken out, then the next largest, until
 * none is left (white narrower than a column is a gutter or the end of a line; shorter than three lines, the air
 * between modules). A rectangle lying mostly in the band of
 * display type (headlines and the masthead, text a quarter or more above the body size, with half a line of air
 * over and under), or wholly above the page's first body line, is white beside display type: it is designed, not a
 * hole. {@link #holeShare()} is the rest as a share of the frame: the page's hole figure, the one a desk is
 * warned by. Shares are of the whole frame, masthead included.
 *
 * @param emptyShare all white rectangles over the frame
 * @param holeShare  the white rectangles away from display type over the frame
 * @param holes      those rectangles, largest first
 */
public record PageWhite(double emptyShare, double holeShare, List<Area> holes, float columnLineArea) {

    /** Stop after this many rectangles: what is left is crumbs. */
    private static final int MAX_RECTANGLES = 60;

    /** A white rectangle in page pt (top-left origin). */
    public record Area(float x, float y, float width, float height) {
        public float area() {
            return width * height;
        }
    }

    public PageWhite {
        holes = List.copyOf(holes);
    }

    /** About how many column-lines of copy would fill the holes: their area over one column one line tall. */
    public int missingColumnLines() {
        double a = 0;
        for (Area h : holes) {
            a += h.area();
        }
        return (int) Math.round(a / columnLineArea);
    }

    /** Measures the drawing, laid out on {@code g} (the grid its body was set on: its columns and lines). */
    public static PageWhite of(PageDrawing d, PageGeometry g) {
        // cells on the lattice of a proof's pixels, which start at the bleed's corner
        ProofFrame frame = ProofFrame.of(d);
        float x0 = onLattice(frame.x(), d.bleed());
        float y0 = onLattice(frame.y(), d.bleed());
        InkCells cells = InkCells.of(d, x0, y0, frame.x() + frame.width() - x0, frame.y() + frame.height() - y0);
        int minW = Math.max(1, (int) (g.columnWidth() / InkCells.CELL) - 1);
        int minH = Math.max(1, (int) (3 * g.linePitch() / InkCells.CELL) - 1);
        List<Area> all = new ArrayList<>();
        for (int i = 0; i < MAX_RECTANGLES; i++) {
            int[] r = WhiteRectangles.largest(cells.white, cells.width, cells.height, minW, minH);
            if (r == null) {
                break;
            }
            WhiteRectangles.ink(cells.white, r);
            all.add(new Area(x0 + r[0] * InkCells.CELL, cells.rowY(r[1]), r[2] * InkCells.CELL, r[3] * InkCells.CELL));
        }
        DisplayBands bands = DisplayBands.of(d, g.bodySize(), g.linePitch());
        double typeArea = (double) cells.width * cells.height * InkCells.CELL * InkCells.CELL;
        double empty = 0;
        double hole = 0;
        List<Area> holes = new ArrayList<>();
        for (Area a : all) {
            empty += a.area();
            if (!bands.beside(a.y(), a.y() + a.height())) {
                hole += a.area();
                holes.add(a);
            }
        }
        holes.sort(Comparator.comparingDouble(a -> -a.area()));
        return new PageWhite(typeArea == 0 ? 0 : empty / typeArea, typeArea == 0 ? 0 : hole / typeArea, holes,
                g.columnWidth() * g.linePitch());
    }

    private static float onLattice(float v, float bleed) {
        return -bleed + (float) Math.ceil((v + bleed) / InkCells.CELL - 1e-4) * InkCells.CELL;
    }

    /** The size of the largest glyph on a line. */
    static float size(TextMark t) {
        float s = 0;
        for (PlacedGlyph gl : t.line().glyphs()) {
            s = Math.max(s, gl.size());
        }
        return s;
    }
}

