package paiban.font;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/** A growing byte array with the encodings a CFF font is written in (Technote 5176 §4–5, Technote 5177 §3.2). */
final class CffWriter {

    private byte[] bytes;
    private int size;

    CffWriter(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void u8(int v) {
        ensure(1);
        bytes[size++] = (byte) v;
    }

    void u16(int v) {
        u8(v >>> 8);
        u8(v);
    }

    void unsigned(int v, int width) {
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) {
            u8(v >>> shift);
        }
    }

    void write(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    void copy(ByteBuffer source, int start, int length) {
        ensure(length);
        source.get(start, bytes, size, length);
        size += length;
    }

    /** A number operand in a charstring, in its shortest Type 2 form. */
    void type2Integer(int v) {
        if (v >= -107 && v <= 107) {
            u8(v + 139);
        } else if (v >= 108 && v <= 1131) {
            int w = v - 108;
            u8(247 + (w >> 8));
            u8(w & 0xff);
        } else if (v >= -1131 && v <= -108) {
            int w = -v - 108;
            u8(251 + (w >> 8));
            u8(w & 0xff);
        } else {
            u8(28);
            u16(v);
        }
    }

    /**
     * An offset or size operand in a DICT, always in the five-byte form: its length then does not depend on its
     * value, so a DICT's size is known before the offsets it holds are.
     */
    void dictOffset(int v) {
        u8(29);
        unsigned(v, 4);
    }

    void dictOperator(int operator) {
        if (operator >= 1200) {
            u8(12);
            u8(operator - 1200);
        } else {
            u8(operator);
        }
    }

    /** An entry copied as it was: original operand bytes, then the operator. */
    void dictEntry(CffDict.Entry entry) {
        write(entry.operandBytes());
        dictOperator(entry.operator());
    }

    /** An INDEX of the given elements, with the smallest offset size that holds them. */
    void index(List<byte[]> elements) {
        u16(elements.size());
        if (elements.isEmpty()) {
            return;
        }
        long total = 1;
        for (byte[] e : elements) {
            total += e.length;
        }
        int offSize = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
        u8(offSize);
        int offset = 1;
        unsigned(offset, offSize);
        for (byte[] e : elements) {
            offset += e.length;
            unsigned(offset, offSize);
        }
        for (byte[] e : elements) {
            write(e);
        }
    }

    /** The byte length of {@link #index} for elements of the given total length. */
    static int indexSize(int count, long dataLength) {
        if (count == 0) {
            return 2;
        }
        long total = dataLength + 1;
        int offSize = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
        return (int) (3 + (long) (count + 1) * offSize + dataLength);
    }
}
