package paiban.text;

/**
 * How a line is brought to its target width: first the reductions of §2.4 in order, each used up on all its
 * instances before the next; or the expansions of §2.5 in order — word spaces to 1/2 em, Han–Latin glue to
 * 1/3 em, then equal extra space in every open gap. Whatever cannot be placed is the shortfall.
 *
 * <p>The gaps open evenly up to {@link #COMFORTABLE_GAP}. A line that needs more first opens its reserve glue: a
 * 开明式 pause back towards the full em that 全角式 gives it (a GB width, so it reads as punctuation, not as a hole)
 * and a Han–Latin space of up to 1/4 em where the style sets none (CLREQ's own default; its grid alignment lets
 * that space flex to fill whole ems). Only then do the gaps open further. So a line beside an unbreakable Latin
 * run, whose slack no break can remove, spends it where a reader expects space.
 */
final class Adjustment {
    /** Extra space per gap, in em, that reads as solid setting: below it the reserve glue stays shut. */
    static final double COMFORTABLE_GAP = 0.1;
    final double[] shrinkRatio = new double[Reduction.ALL.length];
    double spaceRatio;
    double hanLatinRatio;
    double reserveRatio;
    /** The joints that receive {@link #gapExtra}; null when no gap is opened. */
    Joint.Expansion gapLevel;
    double gapExtra;
    /** Width left unfilled (positive) or still overflowing (negative). */
    double shortfall;
    /** Final width of the line's content. */
    double width;

    static Adjustment fit(LineMetrics m, double target, boolean stretch) {
        Adjustment a = new Adjustment();
        double diff = target - m.natural;
        a.width = m.natural;
        if (diff < 0) {
            double need = -diff;
            for (Reduction r : Reduction.ALL) {
                double room = m.shrink[r.ordinal()];
                if (need <= 0 || room <= 0) {
                    continue;
                }
                double take = Math.min(room, need);
                a.shrinkRatio[r.ordinal()] = take / room;
                need -= take;
                a.width -= take;
            }
            a.shortfall = -need;
        } else if (stretch && diff > 0) {
            double rest = diff;
            if (m.spaceStretch > 0) {
                double take = Math.min(m.spaceStretch, rest);
                a.spaceRatio = take / m.spaceStretch;
                rest -= take;
            }
            if (rest > 0 && m.hanLatinStretch > 0) {
                double take = Math.min(m.hanLatinStretch, rest);
                a.hanLatinRatio = take / m.hanLatinStretch;
                rest -= take;
            }
            if (rest > 0) {
                rest = open(a, m, rest);
            }
            a.shortfall = rest;
            a.width = target - rest;
        } else {
            a.shortfall = diff;
        }
        return a;
    }

    /** Opens the gaps to comfort, then the reserve glue, then the gaps again; returns what is left unplaced. */
    private static double open(Adjustment a, LineMetrics m, double rest) {
        int count = 0;
        if (m.gaps > 0) {
            a.gapLevel = Joint.Expansion.GAP;
            count = m.gaps;
        } else if (m.fallbackGaps > 0) {
            a.gapLevel = Joint.Expansion.FALLBACK;
            count = m.fallbackGaps;
        }
        double gaps = Math.min(rest, count * COMFORTABLE_GAP * m.em);
        rest -= gaps;
        if (rest > 0 && m.reserveStretch > 0) {
            double take = Math.min(m.reserveStretch, rest);
            a.reserveRatio = take / m.reserveStretch;
            rest -= take;
        }
        if (count > 0) {
            a.gapExtra = (gaps + rest) / count;
            return 0;
        }
        return rest;
    }

    /** Final width of a piece of glue under this adjustment. */
    double widthOf(Glue glue, boolean wordSpace) {
        if (glue.isNone()) {
            return 0;
        }
        double w = glue.natural();
        if (glue.reduction() != null) {
            w -= shrinkRatio[glue.reduction().ordinal()] * glue.shrink();
        }
        if (glue.reserve()) {
            w += reserveRatio * glue.stretch();
        } else if (wordSpace) {
            w += spaceRatio * glue.stretch();
        } else if (glue.reduction() == Reduction.HAN_LATIN) {
            w += hanLatinRatio * glue.stretch();
        }
        return w;
    }

    /** Extra space a joint receives from the equal-gap step. */
    double extraAt(Joint joint) {
        return joint.expansion == gapLevel ? gapExtra : 0;
    }
}
