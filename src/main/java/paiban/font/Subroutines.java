package paiban.font;

/**
 * One subroutine INDEX of the original font (the Global Subrs, or one Font DICT's Local Subrs) as seen by the
 * glyphs being subset: for each subroutine a glyph reaches, where it calls further subroutines and where it ends.
 * That is all inlining needs; a subroutine is walked once and its findings reused by every glyph that calls it.
 */
final class Subroutines {

    private final CffIndex index;
    private final int bias;
    /** Per subroutine, its calls found when first walked (null: not walked yet). */
    private final SubroutineCalls[] calls;
    /** Per subroutine, the hint-mask lengths seen on the first walk, to catch inconsistent reuse. */
    private final long[] maskSignature;
    /** Per subroutine, where its meaningful bytes end (relative): at its return, or just past its endchar. */
    private final int[] end;
    private final boolean[] endsGlyph;

    Subroutines(CffIndex index) {
        this.index = index;
        this.bias = CffFont.bias(index.count());
        this.calls = new SubroutineCalls[index.count()];
        this.maskSignature = new long[index.count()];
        this.end = new int[index.count()];
        this.endsGlyph = new boolean[index.count()];
    }

    CffIndex index() {
        return index;
    }

    /** The subroutine index a biased call operand names, or -1 if it names none. */
    int resolve(int operand) {
        int i = operand + bias;
        return i >= 0 && i < calls.length ? i : -1;
    }

    boolean walked(int subr) {
        return calls[subr] != null;
    }

    void walked(int subr, SubroutineCalls found, long signature, int endPosition, boolean endchar) {
        calls[subr] = found;
        maskSignature[subr] = signature;
        end[subr] = endPosition;
        endsGlyph[subr] = endchar;
    }

    /** How many distinct subroutines of this INDEX the walks so far have reached. */
    int walkedCount() {
        int n = 0;
        for (SubroutineCalls c : calls) {
            if (c != null) {
                n++;
            }
        }
        return n;
    }

    long maskSignature(int subr) {
        return maskSignature[subr];
    }

    SubroutineCalls calls(int subr) {
        return calls[subr];
    }

    int end(int subr) {
        return end[subr];
    }

    /** True when the subroutine finishes the glyph with endchar instead of returning. */
    boolean endsGlyph(int subr) {
        return endsGlyph[subr];
    }
}
