package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks display text (headlines, kickers, subtitles, captions) as an editor does: at phrase joints first, then
 * between words, never inside a word, number, date, range, document number or credit ({@link PhraseJoints}).
 *
 * <p>A centred line set (headline) takes as few lines as it can, then the best joints, then lines of even length:
 * every line's shortfall from the measure is priced, the last one's too, so the lines come out balanced. A
 * justified set (caption) fills its lines and only weighs the joints among breaks that fill them about as well.
 * No line holds a single character. When the joints alone cannot set the text (a word wider than the measure),
 * the body breaker's faults take over at prices above any number of extra lines.
 */
public final class DisplayBreaker {

    private static final double EPS = 1e-3;
    /** One more line costs more than any joint and any imbalance. */
    private static final double LINE = 1e5;
    /** Squared shortfall per line, in em², of a balanced (centred) set and of a filled (justified) one. */
    private static final double BALANCE = 4;
    private static final double FILL = 40;
    /** Joint prices are scaled down in a filled set, where the fill of the lines matters most. */
    private static final double FILLED_JOINT_SCALE = 0.3;
    /** Squeezing punctuation to make a line fit, per em squeezed. */
    private static final double SQUEEZE = 30;
    private static final double LONE_CHARACTER = 1e8;
    private static final double FALLBACK_WORD = 1e7;
    private static final double FALLBACK_UNIT = 1e9;
    private static final double FALLBACK_PROHIBITED = 1e12;
    private static final double OVERFULL = 1e15;

    private DisplayBreaker() {
    }

    public static List<Line> set(List<StyledText> runs, ParagraphFormat format) {
        HorizontalList list = Shaper.shape(runs);
        if (list.isEmpty()) {
            return List.of();
        }
        PunctuationWidths.apply(list, format.punctuation());
        BreakOpportunities.apply(list);
        InterCharacterSpacing.apply(list, format.hanLatinSpace());
        List<LineBreaker.Span> spans = new DisplayBreaker.Run(list, format).spans();
        List<Line> lines = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            lines.add(Justifier.set(list, spans.get(s), format, s == spans.size() - 1));
        }
        return lines;
    }

    /** One breaking of one list: a shortest-path over the joints. */
    private static final class Run {
        private final HorizontalList list;
        private final ParagraphFormat format;
        private final double[] joint;
        private final double em;
        private final boolean filled;
        private final int characters;

        Run(HorizontalList list, ParagraphFormat format) {
            this.list = list;
            this.format = format;
            this.joint = jointCosts(list);
            this.em = list.bodyEm();
            this.filled = format.alignment() == Alignment.JUSTIFY;
            this.characters = LineMetrics.of(list, 0, list.size() - 1).characters;
        }

        List<LineBreaker.Span> spans() {
            int n = list.size();
            double[] best = new double[n + 1];
            int[] from = new int[n + 1];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            for (int j = 0; j < n; j++) {
                LineMetrics m = LineMetrics.endingWith(list.boxes().get(j));
                for (int i = j; i >= 0; i--) {
                    if (i < j) {
                        m.prepend(list.boxes().get(i), list.joints().get(i));
                    }
                    double available = format.measure() - (i == 0 ? format.indent() : 0);
                    if (m.minWidth() > available + EPS || j - i >= LineBreaker.MAX_LINE_BOXES) {
                        break;
                    }
                    double total = best[i] + line(m, available, i, j);
                    if (total < best[j + 1]) {
                        best[j + 1] = total;
                        from[j + 1] = i;
                    }
                }
                if (best[j + 1] == Double.POSITIVE_INFINITY) {
                    best[j + 1] = best[j] + OVERFULL; // one box wider than the measure: it overflows
                    from[j + 1] = j;
                }
            }
            List<LineBreaker.Span> spans = new ArrayList<>();
            for (int end = n; end > 0; end = from[end]) {
                spans.add(0, new LineBreaker.Span(from[end], end - 1));
            }
            return spans;
        }

        /** The price of boxes first..last as one line (the joint it ends at included). */
        private double line(LineMetrics m, double available, int first, int last) {
            boolean end = last == list.size() - 1;
            double cost = LINE + (end ? 0 : joint[last] * (filled ? FILLED_JOINT_SCALE : 1));
            double slack = Math.max(0, available - m.natural) / em;
            if (!filled || !end) {
                cost += (filled ? FILL : BALANCE) * slack * slack;
            }
            cost += Math.max(0, m.natural - available) / em * SQUEEZE;
            if (m.characters < 2 && characters >= 2) {
                cost += LONE_CHARACTER;
            }
            return cost;
        }
    }

    /** The phrase price of every joint, or the body breaker's fault when no phrase joint is there. */
    private static double[] jointCosts(HorizontalList list) {
        double[] cost = PhraseJoints.of(list);
        for (int k = 0; k < cost.length; k++) {
            if (cost[k] != PhraseJoints.NEVER) {
                continue;
            }
            cost[k] = switch (list.joints().get(k).breakKind) {
                case ALLOWED, SOFT, ADDRESS_SEAM, HYPHEN -> FALLBACK_WORD;
                case UNIT_SEAM, INSIDE_UNIT -> FALLBACK_UNIT;
                case PROHIBITED -> FALLBACK_PROHIBITED;
            };
        }
        return cost;
    }
}
