package paiban.text;

/**
 * How a line is brought to its target width: first the reductions of §2.4 in order, each used up on all its
 * instances before the next; or the expansions of §2.5 in order — word spaces to 1/2 em, Han–Latin glue to
 * 1/3 em, then equal extra space in every open gap. Whatever cannot be placed is the shortfall.
 */
final class Adjustment {
    final double[] shrinkRatio = new double[Reduction.ALL.length];
    double spaceRatio;
    double hanLatinRatio;
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
                int count;
                if (m.gaps > 0) {
                    a.gapLevel = Joint.Expansion.GAP;
                    count = m.gaps;
                } else if (m.fallbackGaps > 0) {
                    a.gapLevel = Joint.Expansion.FALLBACK;
                    count = m.fallbackGaps;
                } else {
                    count = 0;
                }
                if (count > 0) {
                    a.gapExtra = rest / count;
                    rest = 0;
                }
            }
            a.shortfall = rest;
            a.width = target - rest;
        } else {
            a.shortfall = diff;
        }
        return a;
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
        if (wordSpace) {
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
