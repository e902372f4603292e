package paiban.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A CFF DICT (Technote 5176, §4) as a list of operator entries. Each entry keeps its operands both as numbers
 * (for offsets and counts the subsetter must follow) and as the original bytes, so the entries the subsetter does
 * not touch are written back bit for bit — real numbers such as BlueScale are never re-encoded.
 */
final class CffDict {

    /** Two-byte operators (12 x) are numbered 1200 + x. */
    static final int CHARSET = 15;
    static final int ENCODING = 16;
    static final int CHAR_STRINGS = 17;
    static final int PRIVATE = 18;
    static final int SUBRS = 19;
    static final int XUID = 14;
    static final int ROS = 1230;
    static final int CID_COUNT = 1234;
    static final int UID_BASE = 1235;
    static final int FD_ARRAY = 1236;
    static final int FD_SELECT = 1237;
    static final int STD_VW = 11;

    record Entry(int operator, double[] operands, byte[] operandBytes) {

        int intOperand(int i) {
            return (int) operands[i];
        }
    }

    private final List<Entry> entries;

    private CffDict(List<Entry> entries) {
        this.entries = entries;
    }

    List<Entry> entries() {
        return entries;
    }

    Entry find(int operator) {
        for (Entry e : entries) {
            if (e.operator == operator) {
                return e;
            }
        }
        return null;
    }

    int intValue(int operator, int fallback) {
        Entry e = find(operator);
        return e == null || e.operands.length == 0 ? fallback : e.intOperand(0);
    }

    static CffDict read(ByteBuffer cff, int start, int end) {
        List<Entry> entries = new ArrayList<>();
        List<Double> operands = new ArrayList<>();
        int operandStart = start;
        int p = start;
        while (p < end) {
            int b0 = Byte.toUnsignedInt(cff.get(p));
            if (b0 <= 21) {
                int operator = b0;
                int next = p + 1;
                if (b0 == 12) {
                    operator = 1200 + Byte.toUnsignedInt(cff.get(p + 1));
                    next = p + 2;
                }
                byte[] raw = new byte[p - operandStart];
                cff.get(operandStart, raw);
                entries.add(new Entry(operator, operands.stream().mapToDouble(Double::doubleValue).toArray(), raw));
                operands.clear();
                p = next;
                operandStart = p;
            } else if (b0 == 28) {
                operands.add((double) cff.getShort(p + 1));
                p += 3;
            } else if (b0 == 29) {
                operands.add((double) cff.getInt(p + 1));
                p += 5;
            } else if (b0 == 30) {
                StringBuilder real = new StringBuilder();
                p = readReal(cff, p + 1, real);
                operands.add(parseReal(real.toString()));
            } else if (b0 >= 32 && b0 <= 246) {
                operands.add((double) (b0 - 139));
                p += 1;
            } else if (b0 >= 247 && b0 <= 250) {
                operands.add((double) ((b0 - 247) * 256 + Byte.toUnsignedInt(cff.get(p + 1)) + 108));
                p += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                operands.add((double) (-(b0 - 251) * 256 - Byte.toUnsignedInt(cff.get(p + 1)) - 108));
                p += 2;
            } else {
                throw new IndexOutOfBoundsException("reserved byte " + b0 + " in CFF DICT at " + p);
            }
        }
        return new CffDict(entries);
    }

    private static int readReal(ByteBuffer cff, int p, StringBuilder out) {
        while (true) {
            int b = Byte.toUnsignedInt(cff.get(p++));
            for (int nibble : new int[] {b >> 4, b & 0xf}) {
                switch (nibble) {
                    case 0xa -> out.append('.');
                    case 0xb -> out.append('E');
                    case 0xc -> out.append("E-");
                    case 0xe -> out.append('-');
                    case 0xf -> {
                        return p;
                    }
                    case 0xd -> { } // reserved
                    default -> out.append((char) ('0' + nibble));
                }
            }
        }
    }

    private static double parseReal(String s) {
        try {
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
