package paiban.font;

import java.nio.ByteBuffer;
import paiban.message.Message;

/**
 * Code point → glyph through the font's Unicode 'cmap' subtable. Lookups binary-search the mapped table in place:
 * Noto CJK maps some 65,000 code points and decoding them all would cost more than a whole page of lookups.
 */
final class CharacterMap {

    private final ByteBuffer sub;
    private final int format;

    private CharacterMap(ByteBuffer sub, int format) {
        this.sub = sub;
        this.format = format;
    }

    /** Picks the full-repertoire subtable (format 12) when there is one, else the BMP one (format 4). */
    static CharacterMap read(ByteBuffer cmap) {
        int count = Short.toUnsignedInt(cmap.getShort(2));
        ByteBuffer bmp = null;
        for (int i = 0; i < count; i++) {
            int r = 4 + 8 * i;
            int platform = Short.toUnsignedInt(cmap.getShort(r));
            int encoding = Short.toUnsignedInt(cmap.getShort(r + 2));
            int offset = cmap.getInt(r + 4);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode || offset <= 0 || offset >= cmap.capacity()) {
                continue;
            }
            int format = Short.toUnsignedInt(cmap.getShort(offset));
            if (format == 12) {
                return new CharacterMap(cmap.slice(offset, cmap.capacity() - offset), 12);
            }
            if (format == 4 && bmp == null) {
                bmp = cmap.slice(offset, cmap.capacity() - offset);
            }
        }
        if (bmp == null) {
            throw new FontException(Message.of("font.no-cmap"));
        }
        return new CharacterMap(bmp, 4);
    }

    int glyphId(int codePoint) {
        return format == 12 ? lookup12(codePoint) : lookup4(codePoint);
    }

    private int lookup12(int c) {
        long groups = Integer.toUnsignedLong(sub.getInt(12));
        long lo = 0;
        long hi = groups - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            int g = 16 + (int) mid * 12;
            int start = sub.getInt(g);
            int end = sub.getInt(g + 4);
            if (c < start) {
                hi = mid - 1;
            } else if (c > end) {
                lo = mid + 1;
            } else {
                return sub.getInt(g + 8) + (c - start);
            }
        }
        return 0;
    }

    private int lookup4(int c) {
        if (c > 0xFFFF) {
            return 0;
        }
        int segments = u16(6) / 2;
        int ends = 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int lo = 0;
        int hi = segments - 1;
        while (lo < hi) { // first segment whose end >= c
            int mid = (lo + hi) >>> 1;
            if (u16(ends + 2 * mid) < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int start = u16(starts + 2 * lo);
        if (c < start || c > u16(ends + 2 * lo)) {
            return 0;
        }
        int delta = sub.getShort(deltas + 2 * lo);
        int rangeOffset = u16(rangeOffsets + 2 * lo);
        if (rangeOffset == 0) {
            return (c + delta) & 0xFFFF;
        }
        int at = rangeOffsets + 2 * lo + rangeOffset + 2 * (c - start);
        if (at + 2 > sub.capacity()) {
            return 0;
        }
        int glyph = u16(at);
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    private int u16(int at) {
        return Short.toUnsignedInt(sub.getShort(at));
    }
}
