package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The typesetter of one paragraph: styled runs in, positioned lines out.
 *
 * <p>Steps: shape the runs into boxes and joints ({@link Shaper}); give punctuation its style widths and compress
 * adjacent marks ({@link PunctuationWidths}); find break opportunities and apply the 禁则 ({@link
 * BreakOpportunities}) and the hyphenation points of long Latin words ({@link Hyphenation}); mark where justification may add space ({@link InterCharacterSpacing}); break the
 * paragraph by total fit ({@link LineBreaker}); set every line ({@link Justifier}).
 *
 * <p>Never drops text: a unit wider than the measure (a long URL in a 13-character column) is broken between
 * its characters as a last resort, and letter-spaced only if such a line has no other gap to open. Only a single
 * character wider than the measure itself can overflow.
 */
public final class Typesetter {

    /**
     * The characters of set lines that no face covered, in order, once per occurrence: each was set as the .notdef
     * of its style's face (a visible empty box), never silently left out, and must be reported.
     */
    public static List<Integer> uncovered(List<Line> lines) {
        List<Integer> out = new ArrayList<>();
        for (Line line : lines) {
            for (PlacedGlyph g : line.glyphs()) {
                if (g.glyphId() == 0 && !g.text().isBlank()) {
                    out.add(g.text().codePointAt(0));
                }
            }
        }
        return out;
    }

    public List<Line> set(List<StyledText> runs, ParagraphFormat format) {
        HorizontalList list = Shaper.shape(runs);
        if (list.isEmpty()) {
            return List.of(); // empty or whitespace-only paragraph
        }
        PunctuationWidths.apply(list, format.punctuation());
        BreakOpportunities.apply(list);
        Hyphenation.apply(list);
        InterCharacterSpacing.apply(list, format.hanLatinSpace());
        List<LineBreaker.Span> spans = LineBreaker.breakLines(list, format);
        List<Line> lines = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            lines.add(Justifier.set(list, spans.get(s), format, s == spans.size() - 1));
        }
        return lines;
    }
}
