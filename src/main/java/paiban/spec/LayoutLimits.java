package paiban.spec;

import paiban.message.Message;

/**
 * What a layout's numbers may be. A PDF page is at most 14,400 units (200 inches, 5,080 mm) a side, and no newspaper
 * press prints a page a metre high; type below 2 pt cannot be read and a body size beyond 72 pt is a poster, not a
 * paper. Numbers outside these bounds are errors naming the key and its line, never a page a RIP refuses.
 */
final class LayoutLimits {

    /** A layout file is a few KB of YAML. */
    static final int MAX_FILE_BYTES = 1 << 20;
    /** PDF's largest page side, in units of 1/72 inch (ISO 32000-1, Annex C). */
    static final float PDF_MAX = 14_400f;
    /** The largest trim a newspaper press prints, a side (broadsheets are about 600 mm high). */
    static final float PRESS_MAX_MM = 1000f;
    static final float PRESS_MIN_MM = 50f;
    /** Lines the body keeps under the masthead at least. */
    static final int MIN_BODY_LINES = 4;

    private LayoutLimits() {
    }

    /** Why {@code pt} cannot be the value of {@code key}, or null. */
    static Message lengthProblem(String key, float pt) {
        float mm = Length.toMm(pt);
        String f = String.format(java.util.Locale.ROOT, "%.1f", mm);
        String p = String.format(java.util.Locale.ROOT, "%.1f", pt);
        return switch (key) {
            case "trim-width", "trim-height" -> mm > PRESS_MAX_MM
                    ? problem("layout.limit.trim-large", Math.round(mm), Math.round(PRESS_MAX_MM),
                            Math.round(Length.toMm(PDF_MAX)))
                    : mm < PRESS_MIN_MM ? problem("layout.limit.trim-small", f, Math.round(PRESS_MIN_MM)) : null;
            case "bleed" -> mm > 20 ? problem("layout.limit.bleed", f)
                    : null;
            case "margin-top", "margin-bottom" -> mm > PRESS_MAX_MM / 2
                    ? problem("layout.limit.margin", Math.round(mm), Math.round(PRESS_MAX_MM / 2))
                    : null;
            case "body-size" -> pt < 4 || pt > 72 ? problem("layout.limit.body-size", p) : null;
            case "line-pitch" -> pt > 144 ? problem("layout.limit.line-pitch", p)
                    : null;
            case "size" -> pt < 2 || pt > 400 ? problem("layout.limit.size", p) : null;
            default -> null;
        };
    }

    private static Message problem(String key, Object... args) {
        return Message.of(key, args);
    }

    /** The largest value of a count key. */
    static int maxCount(String key) {
        return switch (key) {
            case "columns" -> 40;
            case "column-chars" -> 400;
            case "gutter-chars" -> 20;
            default -> Integer.MAX_VALUE;
        };
    }
}
