package paiban.font;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Where a charstring (a glyph or a subroutine) calls subroutines: the byte range of each call's number operand and
 * the biased number itself. The call operator is the byte right after the operand (the scanner checks). With
 * these, inlining is a splice — everything else, hint masks included, is copied byte for byte.
 *
 * <p>The number, not the subroutine, is kept because a global subroutine's local calls mean a different subroutine
 * for each Font DICT; it is resolved against the Local Subrs of the glyph being inlined.
 */
final class SubroutineCalls {

    // Flat quadruples: operand start, operand end (relative to the charstring), global (1) or local (0), operand.
    private int[] data = new int[0];
    private int size;

    void add(int start, int end, boolean global, int operand) {
        if (size + 4 > data.length) {
            data = Arrays.copyOf(data, Math.max(16, data.length * 2));
        }
        data[size++] = start;
        data[size++] = end;
        data[size++] = global ? 1 : 0;
        data[size++] = operand;
    }

    /** The charstring at [start, end) of source with every call replaced by the body it calls, recursively. */
    byte[] inline(ByteBuffer source, int start, int end, Subroutines global, Subroutines local) {
        if (size == 0) {
            byte[] copy = new byte[end - start];
            source.get(start, copy);
            return copy;
        }
        CffWriter out = new CffWriter(4 * (end - start));
        inlineInto(out, source, start, end, global, local);
        return out.toByteArray();
    }

    /** Returns true when an inlined subroutine ended the glyph, so nothing after the call may follow. */
    private boolean inlineInto(CffWriter out, ByteBuffer source, int start, int end, Subroutines global,
            Subroutines local) {
        int p = 0;
        for (int k = 0; k < size; k += 4) {
            out.copy(source, start + p, data[k] - p);
            Subroutines table = data[k + 2] == 1 ? global : local;
            int subr = table.resolve(data[k + 3]);
            int bodyStart = table.index().start(subr);
            boolean ended = table.calls(subr).inlineInto(out, source, bodyStart, bodyStart + table.end(subr),
                    global, local);
            if (ended || table.endsGlyph(subr)) {
                return true;
            }
            p = data[k + 1] + 1; // past the operand and the call operator
        }
        out.copy(source, start + p, end - start - p);
        return false;
    }
}
