package paiban.reading;

import java.util.ArrayList;
import java.util.List;
import paiban.page.TextMark;
import paiban.text.TextStyle;

/**
 * An invisible text block over a photo's box, for text extractors that see only text and order it by geometry
 * (poppler's pdftotext and the tools built on it).
 *
 * <p>To such an extractor a photo is empty paper. A block beside empty paper is widened across it when text lies
 * under it there, so the headline of an article in the next cell came to stand over the columns under a photo and
 * was read in the middle of them. Over the photo's box stands this block: a stack of invisible lines
 * ({@link ReadingBreak#line}), each as wide as the photo, close enough for the extractor to take them for one block;
 * each is read as a zero-width space. One glyph as tall as the
 * photo would do as much, but two photos of one height side by side then stand on one baseline at one size, and
 * the extractor joins them into one line across the cells between them.
 */
final class PhotoStandIn {

    /**
     * The marks' size: far from every text size (an extractor joins lines of sizes within 60 % of each other that
     * touch), and small enough that a gutter keeps stacks of two photos side by side apart.
     */
    static final float SIZE = 4.5f;
    /** Baselines of the stack this far apart: under 1.5 times the marks' size, so they stay one block. */
    private static final float STEP = 6.5f;

    private PhotoStandIn() {
    }

    /** The stack over the box at ({@code x}, {@code top}), {@code w} × {@code h} pt; empty without a space glyph. */
    static List<TextMark> over(TextStyle style, float x, float top, float w, float h) {
        List<TextMark> out = new ArrayList<>();
        float half = SIZE / 2f;
        for (float y = top + half; y <= top + h - half + 1e-3f; y += STEP) {
            TextMark line = ReadingBreak.line(style, SIZE, x, w, y);
            if (line == null) {
                break;
            }
            out.add(line);
        }
        return out;
    }
}
