package paiban.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a module's parts on the page grid once its shape is chosen: the headline block, the photo and the legs stand
 * where the shape's {@link ModuleGeometry} says, moved to the module's column and line.
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
        ModuleGeometry g = s.geometry();
        if (height <= 0) {
            return new Module(article, col, line, s.span(), 0, 0, null, List.of(), e.bodyLines(), s.span(), col,
                    g.headSpan());
        }
        int total = e.bodyLines();
        int bottom = Math.min(height, s.headlineLines() + s.bodyLines());
        int[] counts = ColumnTops.withoutWidows(e, g, g.legs(total, bottom), total);
        PhotoSlot photo = null;
        if (s.photoSpan() > 0) {
            int photoLine = g.photoLine(counts, bottom);
            if (photoLine + s.photoLines() <= height) {
                photo = new PhotoSlot(col + g.photoCol(), line + photoLine, s.photoSpan(), s.photoLines(),
                        s.captionLines());
            }
        }
        List<Leg> legs = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < s.span() && next < total; c++) {
            int count = Math.min(counts[c], total - next);
            if (count > 0) {
                legs.add(new Leg(col + c, line + g.start(c), count, next));
                next += count;
            }
        }
        return new Module(article, col, line, s.span(), height, Math.min(s.headlineLines(), height), photo, legs,
                total - next, s.span(), col, g.headSpan());
    }
}
