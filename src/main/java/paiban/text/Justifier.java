package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets one broken line: applies its {@link Adjustment} (reductions or expansions in the priority order of
 * §2.4–2.5), aligns it, and places every glyph. Extra space of the equal-gap step goes between glyphs (or into a
 * typed space), never into a glyph's advance, so the glyphs of a number or word stay at their advances.
 */
final class Justifier {

    private Justifier() {
    }

    static Line set(HorizontalList list, LineBreaker.Span span, ParagraphFormat format, boolean paragraphEnd) {
        boolean firstLine = span.first() == 0;
        double indent = firstLine ? format.indent() : 0;
        float hyphen = paragraphEnd ? 0 : LineBreaker.hyphenAfter(list, span.last());
        double available = format.measure() - indent - hyphen;
        boolean justify = format.alignment() == Alignment.JUSTIFY && !paragraphEnd;
        LineMetrics metrics = LineMetrics.of(list, span.first(), span.last());
        Adjustment a = Adjustment.fit(metrics, available, justify);

        double pen = indent + alignmentOffset(format.alignment(), available - a.width);
        List<PlacedGlyph> glyphs = new ArrayList<>();
        if (firstLine) {
            for (Space s : list.leading()) {
                glyphs.add(glyph(s, 0, 0)); // a typed indent: the indent itself is a paragraph property
            }
        }
        for (int k = span.first(); k <= span.last(); k++) {
            Box box = list.boxes().get(k);
            boolean lineEnd = k == span.last();
            double before = a.widthOf(box.before, false);
            double after = lineEnd ? 0 : a.widthOf(box.after, false);
            double boxWidth = before + box.ink + after;
            // x is the glyph origin; x + advance is the right edge of the box the glyph occupies on the line.
            // A glyph drawn left of its box (an opening mark without its blank) thus has a wider advance.
            double x = pen + before + box.drawOffset;
            glyphs.add(new PlacedGlyph(box.face, box.style.size(), box.glyphId, box.text,
                    (float) x, (float) (pen + boxWidth - x)));
            pen += boxWidth;
            if (!lineEnd) {
                pen = setJoint(list.joints().get(k), a, pen, glyphs);
            } else if (hyphen > 0) {
                pen = setHyphen(list.joints().get(k), box, pen, glyphs);
            } else if (k + 1 < list.size()) {
                keepLineEndWhitespace(list.joints().get(k).spaces, pen, glyphs);
            } else {
                keepLineEndWhitespace(list.trailing(), pen, glyphs);
            }
        }
        float width = (float) (pen - indent - alignmentOffset(format.alignment(), available - a.width));
        return new Line(glyphs, format.measure(), width, paragraphEnd);
    }

    /**
     * The visible hyphen of a hyphenated word. It stands for a soft hyphen (U+00AD), which extractors and the
     * text check read as a discretionary break, not as a character of the source.
     */
    private static double setHyphen(Joint joint, Box letter, double pen, List<PlacedGlyph> glyphs) {
        glyphs.add(new PlacedGlyph(letter.face, letter.style.size(), joint.hyphenGlyph, Line.SOFT_HYPHEN, (float) pen,
                joint.hyphenWidth));
        return pen + joint.hyphenWidth;
    }

    private static double setJoint(Joint joint, Adjustment a, double pen, List<PlacedGlyph> glyphs) {
        double extra = a.extraAt(joint);
        pen += a.widthOf(joint.hanLatin, false);
        for (int s = 0; s < joint.spaces.size(); s++) {
            Space space = joint.spaces.get(s);
            double w = a.widthOf(space.glue(), true);
            if (s == joint.spaces.size() - 1) {
                w += extra; // the space glyph's box covers the whole gap
                extra = 0;
            }
            glyphs.add(glyph(space, pen, w));
            pen += w;
        }
        return pen + extra;
    }

    /** Spaces at a line end take no room, but stay as zero-width glyphs so the galley keeps every character. */
    private static void keepLineEndWhitespace(List<Space> spaces, double pen, List<PlacedGlyph> glyphs) {
        for (Space s : spaces) {
            glyphs.add(glyph(s, pen, 0));
        }
    }

    private static PlacedGlyph glyph(Space s, double x, double advance) {
        return new PlacedGlyph(s.style().face(), s.style().size(), s.glyphId(), s.text(), (float) x, (float) advance);
    }

    private static double alignmentOffset(Alignment alignment, double slack) {
        return switch (alignment) {
            case JUSTIFY, LEFT -> 0;
            case RIGHT -> Math.max(0, slack);
            case CENTER -> Math.max(0, slack) / 2;
        };
    }
}
