package paiban.font;

import java.nio.ByteBuffer;
import paiban.message.Message;

/**
 * Walks a glyph's Type 2 charstring (Technote 5177) through every subroutine it calls, as a rasteriser would, to
 * learn where each charstring calls which subroutine and where each subroutine ends — what inlining needs.
 *
 * <p>Walking, rather than scanning each charstring on its own, is needed because a hintmask's length in bytes
 * depends on how many stems were declared before it — possibly inside another subroutine, possibly implicitly by
 * operands left on the stack before the hintmask (the implied vstem). Only stack depth and literal values are
 * tracked; no outline is built. The deprecated arithmetic operators are evaluated so a subroutine number computed
 * on the stack would be noticed; such fonts (none are known) are refused rather than subset wrongly.
 */
final class CharStringScanner {

    private static final int MAX_STACK = 48;
    private static final int MAX_NESTING = 10;

    private enum Exit { RETURN, ENDCHAR, END_OF_DATA }

    private final ByteBuffer data;
    private final Subroutines global;
    private final Subroutines local;
    private final String glyphName;

    private final double[] stack = new double[MAX_STACK + 4];
    /** Absolute position of each stack entry's literal in the charstring, or -1 when computed. */
    private final int[] literalStart = new int[MAX_STACK + 4];
    private final int[] literalEnd = new int[MAX_STACK + 4];
    private int depth;
    /** Stems declared so far, explicitly or by an implied vstem: what a hint mask's length follows from. */
    private int stems;
    /** The transient array of put/get (Technote 5177, §4.5). */
    private final double[] transientArray = new double[32];
    /** Hint-mask lengths folded into a number, to tell whether a subroutine always sees the same stem count. */
    private long maskSignature;
    /** Absolute position where the last subroutine walked ended: at its return, or just past its endchar. */
    private int exitAt;

    private CharStringScanner(ByteBuffer data, Subroutines global, Subroutines local, String glyphName) {
        this.data = data;
        this.global = global;
        this.local = local;
        this.glyphName = glyphName;
    }

    /**
     * Walks the charstring at [start, end) and returns the calls it makes itself; calls made inside subroutines are
     * recorded in their {@link Subroutines}. local may be null when the glyph's Font DICT has no Local Subrs.
     */
    static SubroutineCalls scan(ByteBuffer data, int start, int end, Subroutines global, Subroutines local,
            String glyphName) {
        CharStringScanner scanner = new CharStringScanner(data, global, local, glyphName);
        SubroutineCalls calls = new SubroutineCalls();
        scanner.walk(start, end, calls, 0);
        return calls;
    }

    private FontException error(String key, Object... args) {
        return new FontException(Message.of("font.cannot-subset", glyphName, Message.of(key, args)));
    }

    private Exit walk(int start, int end, SubroutineCalls calls, int nesting) {
        if (nesting > MAX_NESTING) {
            throw error("font.cs.nesting", MAX_NESTING);
        }
        int p = start;
        while (p < end) {
            int b0 = Byte.toUnsignedInt(data.get(p));
            if (b0 >= 32 || b0 == 28) {
                p = pushNumber(p, b0);
                continue;
            }
            switch (b0) {
                case 1, 3, 18, 23 -> { // hstem, vstem, hstemhm, vstemhm
                    stems += depth / 2;
                    depth = 0;
                    p++;
                }
                case 19, 20 -> { // hintmask, cntrmask: operands left on the stack are an implied vstem
                    stems += depth / 2;
                    depth = 0;
                    int maskBytes = (stems + 7) / 8;
                    maskSignature = maskSignature * 31 + (p - start) * 7L + maskBytes;
                    p += 1 + maskBytes;
                }
                case 10, 29 -> { // callsubr, callgsubr
                    Exit exit = call(b0 == 29, start, p, calls, nesting);
                    p++;
                    if (exit == Exit.ENDCHAR) {
                        exitAt = p;
                        return Exit.ENDCHAR;
                    }
                }
                case 11 -> {
                    exitAt = p;
                    return Exit.RETURN;
                }
                case 14 -> {
                    depth = 0;
                    exitAt = p + 1;
                    return Exit.ENDCHAR;
                }
                case 12 -> {
                    if (p + 1 >= end) {
                        throw error("font.cs.escape-at-end");
                    }
                    escape(Byte.toUnsignedInt(data.get(p + 1)));
                    p += 2;
                }
                case 4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31 -> { // path operators clear the stack
                    depth = 0;
                    p++;
                }
                default -> throw error("font.cs.reserved", b0);
            }
        }
        return Exit.END_OF_DATA;
    }

    private int pushNumber(int p, int b0) {
        int next;
        double v;
        if (b0 == 28) {
            v = data.getShort(p + 1);
            next = p + 3;
        } else if (b0 <= 246) {
            v = b0 - 139;
            next = p + 1;
        } else if (b0 <= 250) {
            v = (b0 - 247) * 256 + Byte.toUnsignedInt(data.get(p + 1)) + 108;
            next = p + 2;
        } else if (b0 <= 254) {
            v = -(b0 - 251) * 256 - Byte.toUnsignedInt(data.get(p + 1)) - 108;
            next = p + 2;
        } else {
            v = data.getInt(p + 1) / 65536.0;
            next = p + 5;
        }
        if (depth >= MAX_STACK) {
            throw error("font.cs.overflow");
        }
        stack[depth] = v;
        literalStart[depth] = p;
        literalEnd[depth] = next;
        depth++;
        return next;
    }

    private Exit call(boolean isGlobal, int bodyStart, int callAt, SubroutineCalls calls, int nesting) {
        Subroutines table = isGlobal ? global : local;
        if (depth == 0) {
            throw error("font.cs.call-empty");
        }
        depth--;
        double operand = stack[depth];
        int subr = table == null ? -1 : table.resolve((int) operand);
        if (subr < 0 || operand != Math.rint(operand)) {
            throw error(isGlobal ? "font.cs.no-global" : "font.cs.no-local", operand);
        }
        int literal = literalStart[depth];
        if (literal < bodyStart || literalEnd[depth] != callAt) {
            // Inlining cuts out the operand right before the call; anything else is not known to occur and is
            // refused rather than guessed at.
            throw error("font.cs.computed-call");
        }
        if (calls != null) {
            calls.add(literal - bodyStart, literalEnd[depth] - bodyStart, isGlobal, (int) operand);
        }
        CffIndex index = table.index();
        boolean first = !table.walked(subr);
        SubroutineCalls inner = first ? new SubroutineCalls() : null;
        long outerSignature = maskSignature;
        maskSignature = 0;
        Exit exit = walk(index.start(subr), index.end(subr), inner, nesting + 1);
        if (first) {
            if (exit == Exit.END_OF_DATA) {
                throw error("font.cs.runs-off");
            }
            table.walked(subr, inner, maskSignature, exitAt - index.start(subr), exit == Exit.ENDCHAR);
        } else if (table.maskSignature(subr) != maskSignature) {
            throw error("font.cs.stem-counts");
        }
        maskSignature = outerSignature;
        return exit;
    }

    /** Two-byte operators: flex variants clear the stack; the arithmetic ones are evaluated. */
    private void escape(int op) {
        switch (op) {
            case 34, 35, 36, 37 -> depth = 0; // hflex, flex, hflex1, flex1
            case 3, 4, 10, 11, 12, 15, 24 -> binary(op); // and, or, add, sub, div, eq, mul
            case 5, 9, 14, 26 -> unary(op); // not, abs, neg, sqrt
            case 20, 21 -> transientStorage(op); // put, get
            case 18, 22, 23, 27, 28, 29, 30 -> stackOperator(op); // drop, ifelse, random, dup, exch, index, roll
            default -> throw error("font.cs.reserved", "12 " + op);
        }
    }

    /** and, or, add, sub, div, eq, mul: two operands replaced by the result. */
    private void binary(int op) {
        need(2);
        double b = stack[--depth];
        double a = stack[depth - 1];
        double r = switch (op) {
            case 3 -> (a != 0 && b != 0) ? 1 : 0;
            case 4 -> (a != 0 || b != 0) ? 1 : 0;
            case 10 -> a + b;
            case 11 -> a - b;
            case 12 -> b == 0 ? 0 : a / b;
            case 15 -> a == b ? 1 : 0;
            default -> a * b;
        };
        computed(depth - 1, r);
    }

    /** not, abs, neg, sqrt: the top operand replaced by the result. */
    private void unary(int op) {
        need(1);
        double a = stack[depth - 1];
        computed(depth - 1, switch (op) {
            case 5 -> a == 0 ? 1 : 0;
            case 9 -> Math.abs(a);
            case 14 -> -a;
            default -> Math.sqrt(Math.max(0, a));
        });
    }

    /** put (val i put) and get (i get) on the transient array. */
    private void transientStorage(int op) {
        if (op == 20) {
            need(2);
            int i = (int) stack[depth - 1];
            if (i >= 0 && i < transientArray.length) {
                transientArray[i] = stack[depth - 2];
            }
            depth -= 2;
        } else {
            need(1);
            int i = (int) stack[depth - 1];
            computed(depth - 1, i >= 0 && i < transientArray.length ? transientArray[i] : 0);
        }
    }

    /** drop, ifelse, random, dup, exch, index, roll: operators that move values on the stack. */
    private void stackOperator(int op) {
        switch (op) {
            case 18 -> { // drop
                need(1);
                depth--;
            }
            case 22 -> { // ifelse: s1 s2 v1 v2 ifelse
                need(4);
                double v2 = stack[depth - 1];
                double v1 = stack[depth - 2];
                double s2 = stack[depth - 3];
                double s1 = stack[depth - 4];
                depth -= 3;
                computed(depth - 1, v1 <= v2 ? s1 : s2);
            }
            case 23 -> pushComputed(0.5); // random
            case 27 -> { // dup
                need(1);
                pushComputed(stack[depth - 1]);
            }
            case 28 -> { // exch
                need(2);
                double a = stack[depth - 2];
                computed(depth - 2, stack[depth - 1]);
                computed(depth - 1, a);
            }
            case 29 -> { // index
                need(1);
                int i = (int) stack[depth - 1];
                int from = depth - 2 - Math.max(0, i);
                computed(depth - 1, from >= 0 ? stack[from] : 0);
            }
            default -> { // roll: values are irrelevant to hinting, only the two count operands go
                need(2);
                depth -= 2;
                for (int k = 0; k < depth; k++) {
                    literalStart[k] = -1;
                }
            }
        }
    }

    private void need(int n) {
        if (depth < n) {
            throw error("font.cs.underflow");
        }
    }

    private void computed(int at, double v) {
        stack[at] = v;
        literalStart[at] = -1;
        literalEnd[at] = -1;
    }

    private void pushComputed(double v) {
        if (depth >= MAX_STACK) {
            throw error("font.cs.overflow");
        }
        computed(depth++, v);
    }
}
