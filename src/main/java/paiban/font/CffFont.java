package paiban.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import paiban.message.Message;

/**
 * The structure of a CID-keyed CFF font (Technote 5176): the pieces a subset is rebuilt from. Read in place from the
 * mapped font file; only the charset and FDSelect are expanded into arrays, because the subsetter asks them about
 * every kept glyph.
 */
final class CffFont {

    /** One Font DICT of the FDArray with its Private DICT and local subroutines (null when it has none). */
    record FontDict(CffDict dict, int privateStart, int privateEnd, CffDict privateDict, CffIndex localSubrs) {
    }

    private final ByteBuffer data;
    private final String fontName;
    private final CffDict topDict;
    private final CffIndex stringIndex;
    private final CffIndex globalSubrs;
    private final CffIndex charStrings;
    private final int[] cidOfGlyph;
    private final int[] fdOfGlyph;
    private final List<FontDict> fontDicts;
    /**
     * Each glyph's charstring with its subroutines inlined, as the subsetter made it: a pure function of the font,
     * so a process that writes many PDFs (watch mode, a whole issue page by page) flattens each glyph once.
     */
    private final AtomicReferenceArray<byte[]> flatCharStrings;

    private CffFont(ByteBuffer data, String fontName, CffDict topDict, CffIndex stringIndex, CffIndex globalSubrs,
            CffIndex charStrings, int[] cidOfGlyph, int[] fdOfGlyph, List<FontDict> fontDicts) {
        this.data = data;
        this.fontName = fontName;
        this.topDict = topDict;
        this.stringIndex = stringIndex;
        this.globalSubrs = globalSubrs;
        this.charStrings = charStrings;
        this.cidOfGlyph = cidOfGlyph;
        this.fdOfGlyph = fdOfGlyph;
        this.fontDicts = fontDicts;
        this.flatCharStrings = new AtomicReferenceArray<>(charStrings.count());
    }

    /** The glyph's flattened charstring if the subsetter has made it before, else null. Never modify it. */
    byte[] flatCharString(int glyph) {
        return flatCharStrings.get(glyph);
    }

    void keepFlatCharString(int glyph, byte[] flat) {
        flatCharStrings.set(glyph, flat);
    }

    /** @param source names the font in error messages */
    static CffFont read(ByteBuffer data, String source) {
        try {
            if (data.get(0) != 1) {
                throw new FontException(Message.of("font.cff.version", source, data.get(0)));
            }
            int hdrSize = Byte.toUnsignedInt(data.get(2));
            CffIndex names = CffIndex.read(data, hdrSize);
            CffIndex topDicts = CffIndex.read(data, names.endOfIndex());
            CffIndex strings = CffIndex.read(data, topDicts.endOfIndex());
            CffIndex globalSubrs = CffIndex.read(data, strings.endOfIndex());
            if (names.count() != 1 || topDicts.count() != 1) {
                throw new FontException(Message.of("font.cff.fonts", source, names.count()));
            }
            String fontName = new String(names.bytes(0), java.nio.charset.StandardCharsets.ISO_8859_1);
            CffDict top = CffDict.read(data, topDicts.start(0), topDicts.end(0));
            if (top.find(CffDict.ROS) == null || top.find(CffDict.FD_ARRAY) == null
                    || top.find(CffDict.FD_SELECT) == null) {
                throw new FontException(Message.of("font.cff.not-cid", source));
            }
            CffIndex charStrings = CffIndex.read(data, top.intValue(CffDict.CHAR_STRINGS, -1));
            int glyphs = charStrings.count();
            int[] cids = readCharset(data, top.intValue(CffDict.CHARSET, 0), glyphs, source);
            CffIndex fdArray = CffIndex.read(data, top.intValue(CffDict.FD_ARRAY, -1));
            int[] fds = readFdSelect(data, top.intValue(CffDict.FD_SELECT, -1), glyphs, fdArray.count(), source);
            List<FontDict> fontDicts = new ArrayList<>();
            for (int i = 0; i < fdArray.count(); i++) {
                fontDicts.add(readFontDict(data, fdArray.start(i), fdArray.end(i)));
            }
            return new CffFont(data, fontName, top, strings, globalSubrs, charStrings, cids, fds,
                    List.copyOf(fontDicts));
        } catch (IndexOutOfBoundsException e) {
            throw new FontException(Message.of("font.cff.damaged", source, e.getMessage()), e);
        }
    }

    private static FontDict readFontDict(ByteBuffer data, int start, int end) {
        CffDict dict = CffDict.read(data, start, end);
        CffDict.Entry priv = dict.find(CffDict.PRIVATE);
        if (priv == null || priv.operands().length < 2) {
            return new FontDict(dict, 0, 0, null, null);
        }
        int size = priv.intOperand(0);
        int offset = priv.intOperand(1);
        CffDict privateDict = CffDict.read(data, offset, offset + size);
        int subrs = privateDict.intValue(CffDict.SUBRS, 0);
        CffIndex local = subrs == 0 ? null : CffIndex.read(data, offset + subrs);
        return new FontDict(dict, offset, offset + size, privateDict, local);
    }

    private static int[] readCharset(ByteBuffer data, int offset, int glyphs, String source) {
        if (offset <= 2) {
            throw new FontException(Message.of("font.cff.predefined-charset", source));
        }
        int[] cids = new int[glyphs];
        int format = Byte.toUnsignedInt(data.get(offset));
        int p = offset + 1;
        int gid = 1; // .notdef is implied and always CID 0
        switch (format) {
            case 0 -> {
                for (; gid < glyphs; gid++, p += 2) {
                    cids[gid] = Short.toUnsignedInt(data.getShort(p));
                }
            }
            case 1, 2 -> {
                while (gid < glyphs) {
                    int first = Short.toUnsignedInt(data.getShort(p));
                    int left = format == 1 ? Byte.toUnsignedInt(data.get(p + 2))
                            : Short.toUnsignedInt(data.getShort(p + 2));
                    p += format == 1 ? 3 : 4;
                    for (int k = 0; k <= left && gid < glyphs; k++) {
                        cids[gid++] = first + k;
                    }
                }
            }
            default -> throw new FontException(Message.of("font.cff.format", source, "charset " + format));
        }
        return cids;
    }

    private static int[] readFdSelect(ByteBuffer data, int offset, int glyphs, int fdCount, String source) {
        int[] fds = new int[glyphs];
        int format = Byte.toUnsignedInt(data.get(offset));
        if (format == 0) {
            for (int g = 0; g < glyphs; g++) {
                fds[g] = Byte.toUnsignedInt(data.get(offset + 1 + g));
            }
        } else if (format == 3) {
            int ranges = Short.toUnsignedInt(data.getShort(offset + 1));
            for (int r = 0; r < ranges; r++) {
                int at = offset + 3 + 3 * r;
                int first = Short.toUnsignedInt(data.getShort(at));
                int fd = Byte.toUnsignedInt(data.get(at + 2));
                int next = Short.toUnsignedInt(data.getShort(at + 3)); // next range's first, or the sentinel
                for (int g = first; g < next && g < glyphs; g++) {
                    fds[g] = fd;
                }
            }
        } else {
            throw new FontException(Message.of("font.cff.format", source, "FDSelect " + format));
        }
        for (int fd : fds) {
            if (fd >= fdCount) {
                throw new FontException(Message.of("font.cff.fd", source, fd, fdCount));
            }
        }
        return fds;
    }

    ByteBuffer data() {
        return data;
    }

    String fontName() {
        return fontName;
    }

    CffDict topDict() {
        return topDict;
    }

    CffIndex stringIndex() {
        return stringIndex;
    }

    CffIndex globalSubrs() {
        return globalSubrs;
    }

    CffIndex charStrings() {
        return charStrings;
    }

    int glyphCount() {
        return charStrings.count();
    }

    int cid(int gid) {
        return cidOfGlyph[gid];
    }

    int fd(int gid) {
        return fdOfGlyph[gid];
    }

    List<FontDict> fontDicts() {
        return fontDicts;
    }

    /** The Type 2 subroutine bias for an INDEX of that many subroutines (Technote 5177, §4.7). */
    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }
}
