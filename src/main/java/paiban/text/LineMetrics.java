package paiban.text;

/**
 * What a candidate line holds, summed over its boxes and inner joints: natural width, what each reduction step
 * could squeeze, what each expansion step could add. Built from the line's last box leftwards, so the breaker
 * extends a candidate line by one box at a time. The last box's end blank and the joint after it are not part of
 * the line: a mark at a line end is trimmed and spaces at a break vanish.
 */
final class LineMetrics {
    double natural;
    final double[] shrink = new double[Reduction.ALL.length];
    /** Room of word spaces up to 1/2 em (expansion step 1). */
    double spaceStretch;
    /** Room of Han–Latin glue up to 1/3 em (expansion step 2). */
    double hanLatinStretch;
    /** Room of reserve glue ({@link Glue#reserve()}): opened only when the gaps would grow beyond comfort. */
    double reserveStretch;
    /** The em of the line's last box: the unit of the comfortable gap. */
    double em;
    int gaps;
    int fallbackGaps;
    /** Letters, digits and ideographs: the measure of the no-lone-character rule. */
    int characters;

    static LineMetrics endingWith(Box last) {
        LineMetrics m = new LineMetrics();
        m.natural = last.before.natural() + last.ink;
        m.em = last.em();
        m.addShrink(last.before);
        m.characters = last.characters;
        return m;
    }

    static LineMetrics of(HorizontalList list, int first, int last) {
        LineMetrics m = endingWith(list.boxes().get(last));
        for (int k = last - 1; k >= first; k--) {
            m.prepend(list.boxes().get(k), list.joints().get(k));
        }
        return m;
    }

    /** Adds a box in front of the line, with the joint that separates it from the line's old first box. */
    void prepend(Box box, Joint joint) {
        natural += box.before.natural() + box.ink + box.after.natural() + joint.natural();
        addShrink(box.before);
        addShrink(box.after);
        addShrink(joint.hanLatin);
        addStretch(box.after);
        addStretch(joint.hanLatin);
        for (Space space : joint.spaces) {
            addShrink(space.glue());
            spaceStretch += space.glue().stretch();
        }
        switch (joint.expansion) {
            case GAP -> gaps++;
            case FALLBACK -> fallbackGaps++;
            case INSIDE_UNIT -> {
                // never opened: letter-spacing a word or number is not a remedy (§2.3)
            }
        }
        characters += box.characters;
    }

    double totalShrink() {
        double s = 0;
        for (double v : shrink) {
            s += v;
        }
        return s;
    }

    /** The narrowest the line can be squeezed. */
    double minWidth() {
        return natural - totalShrink();
    }

    private void addStretch(Glue glue) {
        if (glue.reserve()) {
            reserveStretch += glue.stretch();
        } else if (glue.reduction() == Reduction.HAN_LATIN) {
            hanLatinStretch += glue.stretch();
        }
    }

    private void addShrink(Glue glue) {
        if (glue.reduction() != null) {
            shrink[glue.reduction().ordinal()] += glue.shrink();
        }
    }

    private static int countCharacters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.countsAsCharacter(cp)) {
                n++;
            }
        }
        return n;
    }
}
