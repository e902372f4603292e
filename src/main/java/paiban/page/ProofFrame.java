package paiban.page;

import paiban.text.PlacedGlyph;

/**
 * The part of a page its white is judged in, framed as a proofreader frames a page whose margins they are not told:
 * from the top of its first line of type (the masthead or the 报眉) down to a foot margin as deep as that head margin,
 * or to its last line of type when that stands lower; across, the type's own width, widened to equal side margins.
 * On a full page this is the type area; on a page whose text stops short it still runs to the foot, so the empty
 * bottom counts. It is the frame {@code pagecheck}'s fill check uses when it is given no type area, so the hole
 * figure a desk is warned by and the one the checker reports measure the same white.
 *
 * @param x      left edge, pt from the trim's left
 * @param y      top edge, pt from the trim's top
 */
record ProofFrame(float x, float y, float width, float height) {

    /** The frame of the drawing's text; the whole trim when it holds none. */
    static ProofFrame of(PageDrawing d) {
        float left = Float.POSITIVE_INFINITY;
        float top = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        for (Mark m : d.marks()) {
            if (!(m instanceof TextMark t)) {
                continue;
            }
            for (PlacedGlyph g : t.line().glyphs()) {
                if (g.text().isEmpty()) {
                    continue;
                }
                float gx = t.x() + g.x();
                left = Math.min(left, gx);
                right = Math.max(right, gx + Math.max(0, g.advance()));
                top = Math.min(top, InkCells.emTop(g, t.baseline()));
                bottom = Math.max(bottom, InkCells.emFoot(g, t.baseline()));
            }
        }
        float w = d.trimWidth();
        float h = d.trimHeight();
        if (left > right) {
            return new ProofFrame(0, 0, w, h);
        }
        left = Math.max(left, 0);
        right = Math.min(right, w);
        top = Math.max(top, 0);
        bottom = Math.min(bottom, h);
        float side = Math.max(0, Math.min(left, w - right));
        float x0 = Math.min(left, side);
        float x1 = Math.max(right, w - side);
        float y1 = Math.max(bottom, h - top);
        return new ProofFrame(x0, top, x1 - x0, y1 - top);
    }
}
