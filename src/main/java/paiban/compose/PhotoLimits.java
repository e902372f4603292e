package paiban.compose;

/**
 * How wide an article's photo slot may stand, in columns, and how tall when the desk fixed it: the page maker never
 * grows a photo past these, however much room the page leaves (the room then shows as white, and the page is named
 * underfull). Without a limit a photo spans from half its module (rounded up) to all of it.
 *
 * @param columns    the slot's columns fixed by the desk ({@code size: 2栏}), else 0
 * @param percent    the slot's share of the module's columns ({@code size: 50%}), else 0
 * @param maxColumns the widest the slot may stand: one for a head shot (头像), else what keeps the tallest picture
 *                   within {@link #MAX_HEIGHT_SHARE} of the type area's height
 * @param lines      the slot's grid lines fixed by the desk ({@code size: 2x20}, added up over stacked photos), else 0
 * @param maxHeight  the tallest the slot's printed pictures may stand together, in points, crop included: what
 *                   keeps the tallest of them within {@link #MAX_HEIGHT_SHARE} of the type area; infinite when the
 *                   desk sized them
 */
public record PhotoLimits(int columns, int percent, int maxColumns, int lines, double maxHeight) {

    /** No limit: what a module without a photo, and the page maker's tests, answer. */
    public static final PhotoLimits FREE = new PhotoLimits(0, 0, Integer.MAX_VALUE, 0, Double.POSITIVE_INFINITY);

    /**
     * A photo the desk gave no size stands no taller than this share of the type area's height: on a thin page a
     * portrait would otherwise grow to fill the page (a head shot came out 264 × 370 mm on a broadsheet).
     */
    public static final double MAX_HEIGHT_SHARE = 0.5;

    /** How far the page maker crops a photo it sizes itself: its aspect changes by at most this share. */
    public static final double CROP_LIMIT = ModuleShape.CROP_LIMIT;

    /** The slot's possible widths in a module {@code span} columns wide, narrowest first; none when it cannot stand. */
    int[] spans(int span) {
        if (columns > 0 || percent > 0) {
            int k = columns > 0 ? columns : Math.max(1, Math.min(span, (int) Math.round(span * percent / 100.0)));
            return k <= span && k <= maxColumns ? new int[] {k} : new int[0];
        }
        int hi = Math.min(span, maxColumns);
        int lo = Math.min((span + 1) / 2, hi);
        int[] out = new int[hi - lo + 1];
        for (int k = lo; k <= hi; k++) {
            out[k - lo] = k;
        }
        return out;
    }

    /** The widest the slot may stand in a module {@code span} columns wide (what the report shows); 0 when none. */
    public int widest(int span) {
        int[] k = spans(span);
        return k.length == 0 ? 0 : k[k.length - 1];
    }

    /**
     * The widest slot, at least one column, whose picture at {@code aspect} (the tallest photo's width over height)
     * stays within {@code maxHeight} points; {@code width} gives a slot's width in points by its columns.
     */
    public static int widestWithin(double aspect, double maxHeight, java.util.function.IntToDoubleFunction width,
                                   int columns) {
        int k = 1;
        while (k < columns && width.applyAsDouble(k + 1) / aspect <= maxHeight + 1e-6) {
            k++;
        }
        return k;
    }
}
