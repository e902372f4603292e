package paiban.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal bands of a page that display type stands in (headlines, kickers, the masthead: text a quarter or
 * more above the body size), each with half a line of air over and under, and the top of the page's first body
 * line: white in those bands, or over that line, is the designed air of display type, not a hole.
 */
final class DisplayBands {
    private static final float DISPLAY = 1.25f;
    private static final float BODY_TOLERANCE = 0.15f;

    private final List<float[]> bands;
    private final float bodyTop;
    private final float air;

    private DisplayBands(List<float[]> bands, float bodyTop, float air) {
        this.bands = bands;
        this.bodyTop = bodyTop;
        this.air = air;
    }

    static DisplayBands of(PageDrawing d, float bodySize, float pitch) {
        List<float[]> bands = new ArrayList<>();
        float bodyTop = Float.POSITIVE_INFINITY;
        for (Mark m : d.marks()) {
            if (!(m instanceof TextMark t) || t.color() == null || t.line().text().isBlank()) {
                continue;
            }
            float size = PageWhite.size(t);
            float top = t.baseline() - size * 0.88f;
            float bottom = t.baseline() + size * 0.12f;
            if (size >= DISPLAY * bodySize) {
                bands.add(new float[] {top - pitch / 2, bottom + pitch / 2});
            } else if (t.tag().kind() == Tag.Kind.PARAGRAPH && Math.abs(size - bodySize) <= BODY_TOLERANCE) {
                bodyTop = Math.min(bodyTop, top);
            }
        }
        bands.sort((a, b) -> Float.compare(a[0], b[0]));
        // a page without body text has no white "above its body": all of it is the page's hole
        return new DisplayBands(bands, bodyTop == Float.POSITIVE_INFINITY ? Float.NEGATIVE_INFINITY : bodyTop,
                pitch / 2);
    }

    /** Whether white from y0 to y1 is beside display type: half of it or more in the bands, or all above the body. */
    boolean beside(float y0, float y1) {
        if (y1 <= bodyTop + air) {
            return true;
        }
        float covered = 0;
        float at = y0;
        for (float[] b : bands) {
            float lo = Math.max(b[0], at);
            float hi = Math.min(b[1], y1);
            if (hi > lo) {
                covered += hi - lo;
                at = hi;
            }
        }
        return y1 > y0 && covered / (y1 - y0) >= 0.5f;
    }
}
