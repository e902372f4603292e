package paiban.text;

import java.util.List;

/**
 * Sets the width of every punctuation mark for the chosen style (§3.3) and compresses adjacent marks (§3.4).
 * A full-width mark becomes a half-em ink box plus, where the style keeps it, a half-em blank on its empty side;
 * the blank is glue that later shrinks (push-in) or vanishes at a line end (GB 5.1.10).
 */
final class PunctuationWidths {

    private PunctuationWidths() {
    }

    static void apply(HorizontalList list, PunctuationStyle style) {
        List<Box> boxes = list.boxes();
        boolean[] fullWidth = new boolean[boxes.size()];
        for (int k = 0; k < boxes.size(); k++) {
            Box box = boxes.get(k);
            fullWidth[k] = isFullWidthMark(box);
            if (fullWidth[k]) {
                setMark(box, style);
            } else if (box.role == CharClass.INTERPUNCT) {
                setInterpunct(box);
            } else if (box.role == CharClass.SOLIDUS && box.codePoint == 0xFF0F) {
                centreIn(box, Math.max(box.em() / 2, box.ink));
            }
        }
        compressAdjacent(list, fullWidth);
        if (style == PunctuationStyle.KAIMING) {
            reservePauseBlanks(list, fullWidth);
        }
    }

    /**
     * 开明式 sets ，、；： at half an em, but their full-width em is the GB width: a loose line may give a pause its
     * blank back before it opens the gaps between characters ({@link Adjustment}). Only a pause followed by a
     * character, never one in a cluster of marks, whose widths §3.4 fixes.
     */
    private static void reservePauseBlanks(HorizontalList list, boolean[] fullWidth) {
        List<Box> boxes = list.boxes();
        for (int k = 0; k + 1 < boxes.size(); k++) {
            Box box = boxes.get(k);
            Box next = boxes.get(k + 1);
            if (fullWidth[k] && box.role == CharClass.PAUSE && box.after.isNone() && !fullWidth[k + 1]
                    && (next.role == CharClass.IDEOGRAPH || InterCharacterSpacing.partOfUnit(next))
                    && list.joints().get(k).spaces.isEmpty()) {
                box.after = Glue.reserve(box.em() / 2, Reduction.PAUSE);
            }
        }
    }

    /** A one-em mark of §3.1 whose glyph in this face really is one em wide (a Latin face gives narrow quotes). */
    private static boolean isFullWidthMark(Box box) {
        if (!box.role.compressible() || (box.codePoint >= 0x203C && box.codePoint <= 0x2049)) {
            return false;
        }
        return Math.abs(box.ink - box.em()) < 0.05f * box.em();
    }

    private static void setMark(Box box, PunctuationStyle style) {
        float half = box.em() / 2;
        box.ink = half;
        switch (box.role) {
            case OPENING -> {
                // Ink sits in the right half of the em: draw the glyph half an em to the left of its ink box.
                box.drawOffset = -half;
                box.before = style == PunctuationStyle.FULL_WIDTH ? Glue.blank(half, Reduction.BRACKET) : Glue.NONE;
            }
            // 开明式: a sentence end keeps its full em inside a line; squeezed it reads as sentences run together
            case STOP -> box.after = style == PunctuationStyle.HALF_WIDTH ? Glue.NONE
                    : new Glue(half, half, half, Reduction.STOP);
            case PAUSE -> box.after = style == PunctuationStyle.FULL_WIDTH ? Glue.blank(half, Reduction.PAUSE) : Glue.NONE;
            case CLOSING -> box.after = style == PunctuationStyle.FULL_WIDTH ? Glue.blank(half, Reduction.BRACKET) : Glue.NONE;
            default -> throw new IllegalStateException("not a compressible mark: " + box);
        }
    }

    /** 间隔号: a centred half-em box in every face (§3.7: 327 units raw in Serif SC, 1000 in Sans SC). */
    private static void setInterpunct(Box box) {
        float em = box.em();
        int fullWidth = box.face.substitute(box.glyphId, "fwid");
        if (Math.abs(box.advanceOf(fullWidth) - em) < 0.05f * em) {
            box.glyphId = fullWidth;
            box.ink = em / 2;
            box.drawOffset = -em / 4;
        } else {
            centreIn(box, em / 2);
        }
    }

    private static void centreIn(Box box, float width) {
        float glyph = box.advanceOf(box.glyphId);
        box.ink = width;
        box.drawOffset = (width - glyph) / 2;
    }

    /**
     * §3.4: two adjacent marks never show two blanks between their inks. After a sentence-end mark followed by
     * closing marks the blank travels to the end of the cluster (Kaiming detail of §3.3), so 。” is tight.
     */
    private static void compressAdjacent(HorizontalList list, boolean[] fullWidth) {
        List<Box> boxes = list.boxes();
        for (int k = 0; k + 1 < boxes.size(); k++) {
            if (!list.joints().get(k).spaces.isEmpty() || !fullWidth[k] || !fullWidth[k + 1]) {
                continue;
            }
            Box a = boxes.get(k);
            Box b = boxes.get(k + 1);
            if (isQuestionOrExclamation(a) && isQuestionOrExclamation(b)) {
                a.after = Glue.NONE;
                boolean runOfThree = k > 0 && fullWidth[k - 1] && isQuestionOrExclamation(boxes.get(k - 1));
                boolean runContinues = k + 2 < boxes.size() && isQuestionOrExclamation(boxes.get(k + 2));
                if (!runOfThree && !runContinues) {
                    b.after = Glue.NONE; // ？！ together take one em (GB 5.1.2); three marks keep a final blank: 2 em
                }
            } else if (!a.after.isNone() && b.role.inkLeft()) {
                if (b.after.isNone()) {
                    // the cluster's one blank (。” 。） ，”) may be squeezed: the pairs of CLREQ §3.4
                    b.after = Glue.blank(a.after.natural(), a.after.reduction());
                }
                a.after = Glue.NONE;
            } else if (!a.after.isNone() && b.role == CharClass.OPENING) {
                b.before = Glue.NONE;
            } else if (a.role == CharClass.OPENING && b.role == CharClass.OPENING) {
                b.before = Glue.NONE;
            }
        }
    }

    private static boolean isQuestionOrExclamation(Box box) {
        return box.codePoint == 0xFF1F || box.codePoint == 0xFF01;
    }
}
