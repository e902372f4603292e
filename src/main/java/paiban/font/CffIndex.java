package paiban.font;

import java.nio.ByteBuffer;

/**
 * A CFF INDEX read in place (Adobe Technote 5176, §5): a count, an offset size, count+1 offsets (1-based, relative
 * to the byte before the data) and the data. Elements are addressed as absolute positions in the CFF buffer so
 * they can be copied or interpreted without slicing.
 */
final class CffIndex {

    private final ByteBuffer cff;
    private final int position;
    private final int count;
    private final int offSize;
    private final int dataBase;

    private CffIndex(ByteBuffer cff, int position, int count, int offSize, int dataBase) {
        this.cff = cff;
        this.position = position;
        this.count = count;
        this.offSize = offSize;
        this.dataBase = dataBase;
    }

    static CffIndex read(ByteBuffer cff, int position) {
        int count = Short.toUnsignedInt(cff.getShort(position));
        if (count == 0) {
            return new CffIndex(cff, position, 0, 0, position + 2);
        }
        int offSize = Byte.toUnsignedInt(cff.get(position + 2));
        if (offSize < 1 || offSize > 4) {
            throw new IndexOutOfBoundsException("CFF INDEX at " + position + " has offset size " + offSize);
        }
        int dataBase = position + 3 + (count + 1) * offSize - 1;
        return new CffIndex(cff, position, count, offSize, dataBase);
    }

    int count() {
        return count;
    }

    /** Absolute position of element i's first byte. */
    int start(int i) {
        return dataBase + offset(i);
    }

    /** Absolute position just past element i. */
    int end(int i) {
        return dataBase + offset(i + 1);
    }

    int length(int i) {
        return offset(i + 1) - offset(i);
    }

    byte[] bytes(int i) {
        byte[] b = new byte[length(i)];
        cff.get(start(i), b);
        return b;
    }

    /** Absolute position just past the whole INDEX. */
    int endOfIndex() {
        return count == 0 ? position + 2 : dataBase + offset(count);
    }

    /** Absolute position of the INDEX itself, for copying it unchanged up to {@link #endOfIndex()}. */
    int position() {
        return position;
    }

    private int offset(int i) {
        if (i < 0 || i > count) {
            throw new IndexOutOfBoundsException("element " + i + " of a " + count + "-element CFF INDEX");
        }
        int at = position + 3 + i * offSize;
        int v = 0;
        for (int k = 0; k < offSize; k++) {
            v = (v << 8) | Byte.toUnsignedInt(cff.get(at + k));
        }
        return v;
    }
}
