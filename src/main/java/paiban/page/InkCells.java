package paiban.page;

import paiban.spec.Cmyk;
import paiban.text.PlacedGlyph;

/**
 * A page's type area as a field of square cells, each marked inked when any mark prints in it. The cells are as
 * large as a pixel of a 30 dpi proof (2.4 pt): the scale at which a reader, or a checker looking at a small render,
 * tells white from grey. A glyph inks its em box (over its advance, from its ascender to its descender); a space inks
 * nothing; a rule inks its stroke; a framed box its frame, a filled one all of it; a photo or logo its whole box.
 */
final class InkCells {
    /** Cell side in pt: one pixel at 30 dpi. */
    static final float CELL = 72f / 30f;
    /** A fill lighter than this prints as paper white at proof scale (2 % of ink). */
    private static final float WHITE_INK = 0.02f;
    /** Less than a cell's rounding error: keeps an edge on a cell boundary from touching the next cell. */
    private static final float EDGE = 0.01f;

    final int width;
    final int height;
    private final float x0;
    private final float y0;
    /** true where the cell is white. Row-major, {@code height} rows of {@code width} cells. */
    final boolean[][] white;

    /** The type area from (x0, y0), {@code w} × {@code h} pt, all white. */
    InkCells(float x0, float y0, float w, float h) {
        this.x0 = x0;
        this.y0 = y0;
        this.width = Math.max(0, (int) Math.floor(w / CELL));
        this.height = Math.max(0, (int) Math.floor(h / CELL));
        this.white = new boolean[height][width];
        for (boolean[] row : white) {
            java.util.Arrays.fill(row, true);
        }
    }

    static InkCells of(PageDrawing d, float x0, float y0, float w, float h) {
        InkCells cells = new InkCells(x0, y0, w, h);
        for (Mark m : d.marks()) {
            cells.ink(m);
        }
        return cells;
    }

    private void ink(Mark m) {
        if (m instanceof TextMark t) {
            inkText(t);
        } else if (m instanceof RuleMark r) {
            inkRule(r);
        } else if (m instanceof BoxMark b) {
            inkBox(b);
        } else if (m instanceof ImageMark i) {
            fill(i.x(), i.y(), i.x() + i.width(), i.y() + i.height());
        } else if (m instanceof LogoMark l) {
            fill(l.x(), l.y(), l.x() + l.width(), l.y() + l.height());
        }
    }

    private void inkText(TextMark t) {
        if (t.color() == null || !inks(t.color())) {
            return;
        }
        // A rasteriser sets a line's glyphs on a whole pixel row: at proof scale their ink sits up to a pixel above
        // where the em box says (a 30 dpi render of body type inks the row over its em top and leaves the row
        // under its em foot white), so the line is inked from its baseline taken down to the lattice.
        float baseline = y0 + (float) Math.floor((t.baseline() - y0) / CELL) * CELL;
        for (PlacedGlyph g : t.line().glyphs()) {
            if (g.text().isBlank() || g.advance() <= 0) {
                continue;
            }
            fill(t.x() + g.x(), emTop(g, baseline), t.x() + g.x() + g.advance(), emFoot(g, baseline));
        }
    }

    /**
     * A rule as a rasteriser strokes it: a hairline is widened to one whole pixel, its edges taken to the nearest
     * pixel boundaries (stroke adjustment), so it may print a row or a column off its exact place.
     */
    private void inkRule(RuleMark r) {
        float half = Math.max(r.weight(), 0.1f) / 2;
        float ax = Math.min(r.x0(), r.x1()) - half;
        float ay = Math.min(r.y0(), r.y1()) - half;
        float bx = Math.max(r.x0(), r.x1()) + half;
        float by = Math.max(r.y0(), r.y1()) + half;
        if (r.y0() == r.y1()) {
            int top = Math.round((ay - y0) / CELL);
            int foot = Math.max(Math.round((by - y0) / CELL), top + 1);
            ay = y0 + top * CELL + EDGE;
            by = y0 + foot * CELL - EDGE;
        } else if (r.x0() == r.x1()) {
            int left = Math.round((ax - x0) / CELL);
            int right = Math.max(Math.round((bx - x0) / CELL), left + 1);
            ax = x0 + left * CELL + EDGE;
            bx = x0 + right * CELL - EDGE;
        }
        fill(ax, ay, bx, by);
    }

    /** The top of a glyph's em box (its face's ascender) on a line at {@code baseline}. */
    static float emTop(PlacedGlyph g, float baseline) {
        return baseline - g.face().ascent(g.size());
    }

    /** The foot of a glyph's em box (its face's descender) on a line at {@code baseline}. */
    static float emFoot(PlacedGlyph g, float baseline) {
        return baseline - g.size() * g.face().descender() / (float) g.face().unitsPerEm();
    }

    private void inkBox(BoxMark b) {
        if (b.fill() != null && inks(b.fill())) {
            fill(b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
        }
        if (b.stroke() != null && inks(b.stroke())) {
            float s = Math.max(b.strokeWeight(), 0.1f) / 2;
            float x1 = b.x() + b.width();
            float y1 = b.y() + b.height();
            fill(b.x() - s, b.y() - s, x1 + s, b.y() + s);
            fill(b.x() - s, y1 - s, x1 + s, y1 + s);
            fill(b.x() - s, b.y() - s, b.x() + s, y1 + s);
            fill(x1 - s, b.y() - s, x1 + s, y1 + s);
        }
    }

    private static boolean inks(Cmyk c) {
        return Math.max(Math.max(c.c(), c.m()), Math.max(c.y(), c.k())) > WHITE_INK;
    }

    /** Marks every cell the rectangle (page pt, top-left to bottom-right) touches as inked. */
    private void fill(float ax, float ay, float bx, float by) {
        int c0 = Math.max(0, (int) Math.floor((ax - x0) / CELL));
        int c1 = Math.min(width - 1, (int) Math.ceil((bx - x0) / CELL) - 1);
        int r0 = Math.max(0, (int) Math.floor((ay - y0) / CELL));
        int r1 = Math.min(height - 1, (int) Math.ceil((by - y0) / CELL) - 1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                white[r][c] = false;
            }
        }
    }

    /** Page y (pt) of the top of row {@code r}. */
    float rowY(int r) {
        return y0 + r * CELL;
    }
}
