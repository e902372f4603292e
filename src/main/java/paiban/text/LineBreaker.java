package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Total-fit line breaking in the manner of Knuth and Plass: of all ways to break the paragraph, take the one with
 * the least summed demerits. Push-in and push-out are not separate procedures here: a line that squeezes its
 * punctuation blanks (push-in) and a line that gives a character to the next one and opens its gaps (push-out)
 * are both candidates, and their cost decides. Squeezing a blank is priced far below opening the gaps of a line,
 * so compression wins whenever it can take up the overflow, as CLREQ asks (§2.1).
 *
 * <p>Every joint is a candidate break. Joints that would break a 禁则 or split a unit carry so large a penalty
 * that they are taken only when nothing else can be set (a unit wider than the measure, CLREQ's rescue).
 */
final class LineBreaker {

    /** A line: boxes {@code first..last} inclusive. */
    record Span(int first, int last) {
    }

    /*
     * The ladder of faults, from the most to the least tolerable (demerits of one line = (1 + badness)² + penalty):
     * a loose line (badness capped at 1e4, so ≤ 1e8) < a line that cannot be justified at all (1.5e4 → 2.25e8)
     * < splitting a unit at an ICU seam (5e8) < splitting it between letters (1e9) < a lone character on the last
     * line (2e9) < breaking a 禁则 (1e12) < letting a glyph overflow the measure (1e15). So a URL is split only
     * when it cannot be set whole, and a 禁则 is broken only when nothing else can be set at all.
     */
    private static final double EPS = 1e-3;
    private static final double SOFT_BREAK = 20;
    /**
     * A line that cannot be justified (nothing left to open) is worse than the loosest line that can: above the
     * cap of a fallback gap's badness plus the too-loose surcharge.
     */
    private static final double UNDERFULL = 2.5e4;
    /** The most space justification should add between two characters, in em (issue 15: +0.15 em). */
    private static final double LOOSEST_GAP = 0.15;
    private static final double TOO_LOOSE = 3e3;
    private static final double LONE_LAST_CHARACTER = 2e9;
    private static final double BREAK_UNIT_SEAM = 5e8;
    /** A URL or e-mail address broken after / . @ -: rather than a line opened by about +0.2 em, not before. */
    private static final double BREAK_ADDRESS = 1e7;
    /** A hyphenated Latin word: about the demerits of a line opened to +0.15 em, so taken only to avoid looser. */
    private static final double BREAK_HYPHEN = 1e4;
    private static final double BREAK_INSIDE_UNIT = 1e9;
    private static final double BREAK_PROHIBITED = 1e12;
    private static final double OVERFULL = 1e15;
    /**
     * Most boxes a candidate line may hold. The scan leftwards stops at the measure, which a line of visible
     * characters reaches within a few dozen boxes; this bound keeps the breaker linear when boxes take no width.
     */
    static final int MAX_LINE_BOXES = 1000;
    /** A balanced headline first wants as few lines as possible, then lines of equal length. */
    private static final double BALANCED_LINE = 1e7;

    private final HorizontalList list;
    private final ParagraphFormat format;
    private final double em;
    private final int totalCharacters;

    private LineBreaker(HorizontalList list, ParagraphFormat format) {
        this.list = list;
        this.format = format;
        this.em = list.bodyEm();
        this.totalCharacters = list.isEmpty() ? 0 : LineMetrics.of(list, 0, list.size() - 1).characters;
    }

    static List<Span> breakLines(HorizontalList list, ParagraphFormat format) {
        return new LineBreaker(list, format).run();
    }

    private List<Span> run() {
        int n = list.size();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int j = 0; j < n; j++) {
            boolean last = j == n - 1;
            LineMetrics m = LineMetrics.endingWith(list.boxes().get(j));
            for (int i = j; i >= 0; i--) {
                if (i < j) {
                    m.prepend(list.boxes().get(i), list.joints().get(i));
                }
                if (m.minWidth() > format.measure() + EPS || j - i >= MAX_LINE_BOXES) {
                    break; // adding boxes on the left only makes the line wider
                }
                double available = available(i) - hyphen(j);
                if (m.minWidth() > available + EPS || best[i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double total = best[i] + demerits(m, available, i, j, last);
                if (total < best[j + 1]) {
                    best[j + 1] = total;
                    from[j + 1] = i;
                }
            }
            if (best[j + 1] == Double.POSITIVE_INFINITY) {
                // A single box wider than the measure (a measure under one character): set it and overflow.
                best[j + 1] = best[j] + OVERFULL;
                from[j + 1] = j;
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            spans.add(0, new Span(from[end], end - 1));
        }
        return spans;
    }

    /** The width of the hyphen a line ending after box {@code last} shows: 0 unless it ends at a hyphen point. */
    private double hyphen(int last) {
        return hyphenAfter(list, last);
    }

    static float hyphenAfter(HorizontalList list, int last) {
        if (last + 1 >= list.size()) {
            return 0;
        }
        Joint joint = list.joints().get(last);
        return joint.breakKind == Joint.Break.HYPHEN ? joint.hyphenWidth : 0;
    }

    private double available(int firstBox) {
        return format.measure() - (firstBox == 0 ? format.indent() : 0);
    }

    private double demerits(LineMetrics m, double available, int first, int last, boolean paragraphEnd) {
        boolean justify = format.alignment() == Alignment.JUSTIFY && !paragraphEnd;
        Adjustment a = Adjustment.fit(m, available, justify);
        double badness = shrinkCost(m, a) + (justify ? stretchBadness(a) : raggedBadness(a, paragraphEnd));
        double d = (1 + badness) * (1 + badness);
        if (!paragraphEnd) {
            d += breakPenalty(list.joints().get(last));
        } else if (m.characters < 2 && totalCharacters >= 2 && first > 0) {
            d += LONE_LAST_CHARACTER; // 孤字不成行 (§4.4)
        }
        if (format.alignment() == Alignment.CENTER) {
            d += BALANCED_LINE;
        }
        return d;
    }

    private double shrinkCost(LineMetrics m, Adjustment a) {
        double cost = 0;
        for (Reduction r : Reduction.ALL) {
            cost += a.shrinkRatio[r.ordinal()] * m.shrink[r.ordinal()] / em * r.costPerEm;
        }
        return cost;
    }

    /** Loose lines are ugly in proportion to the cube of the extra space per gap (as TeX's badness). */
    private double stretchBadness(Adjustment a) {
        double b = 10 * a.spaceRatio * a.spaceRatio + 10 * a.hanLatinRatio * a.hanLatinRatio
                + 10 * a.reserveRatio * a.reserveRatio;
        if (a.shortfall > EPS) {
            return UNDERFULL; // nothing left to open: the line cannot be justified
        }
        if (a.gapLevel != null) {
            double beyond = a.gapExtra / em - LOOSEST_GAP;
            if (beyond > 1e-4) {
                // a reader sees the gaps: squeeze, push a character out, or break elsewhere first
                b += Math.min(TOO_LOOSE * beyond / 0.05, 1e4);
            }
            double perGap = a.gapExtra / (0.25 * em);
            double cube = 100 * perGap * perGap * perGap;
            b += switch (a.gapLevel) {
                case GAP -> Math.min(cube, 1e4);
                case FALLBACK -> Math.min(400 + 4 * cube, 1.2e4);
                case INSIDE_UNIT -> throw new IllegalStateException("units are never spaced out");
            };
        }
        return b;
    }

    /** Ragged lines should still be full; a balanced headline weighs its last line like the others. */
    private double raggedBadness(Adjustment a, boolean paragraphEnd) {
        if (paragraphEnd && format.alignment() != Alignment.CENTER) {
            return 0;
        }
        double slack = Math.max(0, a.shortfall) / em;
        return Math.min(10 * slack * slack, 1e4);
    }

    private static double breakPenalty(Joint joint) {
        return switch (joint.breakKind) {
            case ALLOWED -> 0;
            case SOFT -> SOFT_BREAK * SOFT_BREAK;
            case ADDRESS_SEAM -> BREAK_ADDRESS;
            case HYPHEN -> BREAK_HYPHEN;
            case UNIT_SEAM -> BREAK_UNIT_SEAM;
            case INSIDE_UNIT -> BREAK_INSIDE_UNIT;
            case PROHIBITED -> BREAK_PROHIBITED;
        };
    }
}
