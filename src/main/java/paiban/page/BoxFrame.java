package paiban.page;

import java.util.List;

import paiban.spec.BoxStyle;
import paiban.spec.Cmyk;

/**
 * The frame and tint of a boxed article, drawn before its text so the type stands on the tint. The box's edges stand
 * half a gap line outside the module's top and foot and on its columns' outer edges, so the text inside keeps half a
 * gutter at the sides (the galley is set that much narrower) and a whole line at the top and foot.
 */
final class BoxFrame {
    /** Weights of the thin and the thick rule, pt, and how far the two rules of 文武线 and 花边 stand apart. */
    private static final float THIN = 0.5f;
    private static final float THICK = 2f;
    private static final float PAIR = 3f;
    /** 花边: small squares this wide, one every this many pt, between the two rules. */
    private static final float DOT = 1.2f;
    private static final float DOT_STEP = 3f;

    private BoxFrame() {
    }

    /** Adds the box's marks for the rectangle {@code x, y, w, h}: tint first, then the frame. */
    static void draw(List<Mark> marks, BoxStyle style, float x, float y, float w, float h) {
        if (style.tint() > 0) {
            marks.add(new BoxMark(x, y, w, h, Cmyk.BLACK.tint(style.tint()), null, 0));
        }
        switch (style.frame()) {
            case NONE -> { }
            case THIN -> marks.add(new BoxMark(x, y, w, h, null, Cmyk.BLACK, THIN));
            case THICK_THIN -> {
                // the thick rule (武) outside, the thin one (文) inside, toward the text
                float out = PAIR / 2f;
                marks.add(new BoxMark(x - out, y - out, w + 2 * out, h + 2 * out, null, Cmyk.BLACK, THICK));
                marks.add(new BoxMark(x + out, y + out, w - 2 * out, h - 2 * out, null, Cmyk.BLACK, THIN));
            }
            case ORNAMENT -> ornament(marks, x, y, w, h);
            default -> throw new IllegalStateException("unknown box frame " + style.frame());
        }
    }

    /** 花边: two thin rules with a row of small squares between them, all round. */
    private static void ornament(List<Mark> marks, float x, float y, float w, float h) {
        float out = PAIR / 2f;
        marks.add(new BoxMark(x - out, y - out, w + 2 * out, h + 2 * out, null, Cmyk.BLACK, THIN));
        marks.add(new BoxMark(x + out, y + out, w - 2 * out, h - 2 * out, null, Cmyk.BLACK, THIN));
        int across = Math.max(1, Math.round(w / DOT_STEP));
        int down = Math.max(1, Math.round(h / DOT_STEP));
        float stepX = w / across;
        float stepY = h / down;
        for (int i = 0; i <= across; i++) {
            dot(marks, x + i * stepX, y);
            dot(marks, x + i * stepX, y + h);
        }
        for (int j = 1; j < down; j++) {
            dot(marks, x, y + j * stepY);
            dot(marks, x + w, y + j * stepY);
        }
    }

    private static void dot(List<Mark> marks, float cx, float cy) {
        marks.add(new BoxMark(cx - DOT / 2f, cy - DOT / 2f, DOT, DOT, Cmyk.BLACK, null, 0));
    }
}
