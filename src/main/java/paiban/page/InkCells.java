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
            float half = Math.max(r.weight(), 0.1f) / 2;
            fill(Math.min(r.x0(), r.x1()) - half, Math.min(r.y0(), r.y1()) - half,
                    Math.max(r.x0(), r.x1()) + half, Math.max(r.y0(), r.y1()) + half);
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
        for (PlacedGlyph g : t.line().glyphs()) {
            if (g.text().isBlank() || g.advance() <= 0) {
                continue;
            }
            float top = t.baseline() - g.face().ascent(g.size());
            float bottom = t.baseline() - g.size() * g.face().descender() / (float) g.face().unitsPerEm();
            fill(t.x() + g.x(), top, t.x() + g.x() + g.advance(), bottom);
        }
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
