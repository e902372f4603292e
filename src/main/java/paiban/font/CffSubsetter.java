package paiban.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import paiban.message.Message;

/**
 * Writes a new CID-keyed CFF holding .notdef and the given glyphs of a face — a bare CFF as PDF embeds it
 * (/FontFile3 /Subtype /CIDFontType0C).
 *
 * <p>Glyphs keep their CIDs: the charset maps each subset glyph back to its original CID, so the PDF content can go
 * on using the original CIDs (in Noto CJK, the glyph ids) as Identity-H codes with no CIDToGIDMap. The FDArray
 * keeps only the Font DICTs the glyphs use, each with its Private DICT and Local Subrs.
 *
 * <p>Subroutines are inlined: the subset has none. That was measured against the alternative, keeping the
 * subroutines the glyphs reach and renumbering them (most-called first, for one-byte operands), on 1500 common
 * hanzi of Noto Serif CJK SC (GB 2312 level 1):
 * <pre>
 *                          raw CFF    Flate-compressed (what the PDF stores)
 *   subroutines kept       534 KB     463 KB
 *   only single-use inlined 502 KB    437 KB
 *   cost-based inlining    498 KB     427 KB
 *   all inlined            524 KB     423 KB
 * </pre>
 * Noto's subroutines are mostly small and shared by few of a page's glyphs, so calling them saves little, and
 * inlined copies sit close enough together for Flate to find them again. Inlining is also the simplest correct
 * rewrite: no subroutine numbers or biases to recompute, and no subroutine nesting left for a RIP to trip on. The
 * floor is the glyphs themselves — Noto Serif CJK spends about 300 bytes on a common hanzi.
  */
public final class CffSubsetter {

    /** CIDCount when the Top DICT does not give one (Technote 5176, Table 10). */
    private static final int DEFAULT_CID_COUNT = 8720;

    private final CffFont font;
    private final int[] glyphs;
    private final String fontName;

    private final Subroutines global;
    private final Subroutines[] local;
    private final int[] keptFds;
    private final int[] newFd;

    private CffSubsetter(CffFont font, int[] glyphs, String fontName) {
        this.font = font;
        this.glyphs = glyphs;
        this.fontName = fontName;
        this.global = new Subroutines(font.globalSubrs());
        this.local = new Subroutines[font.fontDicts().size()];
        this.keptFds = Arrays.stream(glyphs).map(font::fd).distinct().sorted().toArray();
        this.newFd = new int[font.fontDicts().size()];
        for (int i = 0; i < keptFds.length; i++) {
            newFd[keptFds[i]] = i;
        }
    }

    /**
     * The subset of the face's CFF with .notdef and the given glyphs, under the given PostScript name (for PDF the
     * tagged "ABCDEF+Name"); a null name keeps the original.
     */
    public static byte[] subset(OpenTypeFace face, Collection<Integer> glyphIds, String fontName) {
        CffFont font = face.cff();
        int[] glyphs = keptGlyphs(glyphIds, font.glyphCount(), face.toString());
        return new CffSubsetter(font, glyphs, fontName == null ? font.fontName() : fontName).write();
    }

    /** The CID under which a glyph of the face is stored — the code the PDF content must show it with. */
    public static int cid(OpenTypeFace face, int glyphId) {
        return face.cff().cid(glyphId);
    }

    /** .notdef plus the requested glyphs, ascending, without repeats. */
    private static int[] keptGlyphs(Collection<Integer> glyphIds, int glyphCount, String source) {
        int[] glyphs = glyphIds.stream().mapToInt(Integer::intValue).filter(g -> g != 0).distinct().sorted()
                .toArray();
        if (glyphs.length > 0 && (glyphs[0] < 0 || glyphs[glyphs.length - 1] >= glyphCount)) {
            throw new FontException(Message.of("font.no-glyph-of", glyphs[0] < 0 ? glyphs[0] : glyphs[glyphs.length - 1], source, glyphCount));
        }
        int[] withNotdef = new int[glyphs.length + 1];
        System.arraycopy(glyphs, 0, withNotdef, 1, glyphs.length);
        return withNotdef;
    }

    private byte[] write() {
        ByteBuffer data = font.data();
        List<byte[]> charStrings = new ArrayList<>(glyphs.length);
        for (int g : glyphs) {
            charStrings.add(flatCharString(g));
        }

        byte[] charset = charset();
        byte[] fdSelect = fdSelect();
        List<byte[]> privates = new ArrayList<>();
        for (int fd : keptFds) {
            privates.add(privateDict(font.fontDicts().get(fd)));
        }

        // Every offset is written in five bytes, so sizes are known first and the layout is computed once.
        byte[] name = fontName.getBytes(StandardCharsets.ISO_8859_1);
        int headerSize = 4;
        int nameIndexSize = CffWriter.indexSize(1, name.length);
        int topDictSize = topDict(0, 0, 0, 0).length;
        int topIndexSize = CffWriter.indexSize(1, topDictSize);
        CffIndex strings = font.stringIndex();
        int stringsSize = strings.endOfIndex() - strings.position();
        byte[] globalIndex = indexBytes(List.of()); // everything is inlined

        int charsetOffset = headerSize + nameIndexSize + topIndexSize + stringsSize + globalIndex.length;
        int fdSelectOffset = charsetOffset + charset.length;
        int charStringsOffset = fdSelectOffset + fdSelect.length;
        byte[] charStringIndex = indexBytes(charStrings);
        int fdArrayOffset = charStringsOffset + charStringIndex.length;

        int privateOffset = fdArrayOffset + fdArraySize();
        List<byte[]> fontDicts = fontDicts(privates, privateOffset);
        int totalSize = privateOffset + privates.stream().mapToInt(p -> p.length).sum();

        CffWriter out = new CffWriter(totalSize);
        out.u8(1); // major
        out.u8(0); // minor
        out.u8(headerSize);
        out.u8(4); // offSize: offsets in this font fit in four bytes
        out.index(List.of(name));
        out.index(List.of(topDict(charsetOffset, fdSelectOffset, charStringsOffset, fdArrayOffset)));
        out.copy(data, strings.position(), stringsSize);
        out.write(globalIndex);
        out.write(charset);
        out.write(fdSelect);
        out.write(charStringIndex);
        out.index(fontDicts);
        for (int i = 0; i < keptFds.length; i++) {
            out.write(privates.get(i));
        }
        if (out.size() != totalSize) {
            throw new IllegalStateException("CFF layout mismatch: " + out.size() + " != " + totalSize);
        }
        return out.toByteArray();
    }

    /** Size of the FDArray INDEX: its Font DICTs' sizes do not depend on the offsets they hold (five bytes each). */
    private int fdArraySize() {
        int fontDictsSize = 0;
        for (int fd : keptFds) {
            fontDictsSize += fontDict(font.fontDicts().get(fd), 0, 0).length;
        }
        return CffWriter.indexSize(keptFds.length, fontDictsSize);
    }

    /** The kept Font DICTs, each pointing at its Private DICT; the Private DICTs follow each other from privateOffset. */
    private List<byte[]> fontDicts(List<byte[]> privates, int privateOffset) {
        List<byte[]> fontDicts = new ArrayList<>();
        int at = privateOffset;
        for (int i = 0; i < keptFds.length; i++) {
            fontDicts.add(fontDict(font.fontDicts().get(keptFds[i]), privates.get(i).length, at));
            at += privates.get(i).length;
        }
        return fontDicts;
    }

    /** The glyph's charstring with every subroutine call replaced by the subroutine's body. */
    private byte[] flatCharString(int g) {
        byte[] kept = font.flatCharString(g);
        if (kept != null) {
            return kept;
        }
        CffIndex charStrings = font.charStrings();
        int fd = font.fd(g);
        CffFont.FontDict dict = font.fontDicts().get(fd);
        if (local[fd] == null && dict.localSubrs() != null) {
            local[fd] = new Subroutines(dict.localSubrs());
        }
        int start = charStrings.start(g);
        int end = charStrings.end(g);
        SubroutineCalls calls = CharStringScanner.scan(font.data(), start, end, global, local[fd],
                "glyph " + g + " of " + font.fontName());
        byte[] flat = calls.inline(font.data(), start, end, global, local[fd]);
        font.keepFlatCharString(g, flat);
        return flat;
    }

    private static byte[] indexBytes(List<byte[]> elements) {
        long length = 0;
        for (byte[] e : elements) {
            length += e.length;
        }
        CffWriter w = new CffWriter(CffWriter.indexSize(elements.size(), length));
        w.index(elements);
        return w.toByteArray();
    }

    /** The Top DICT: ROS first (required), the original entries, then the four offsets of this subset. */
    private byte[] topDict(int charset, int fdSelect, int charStrings, int fdArray) {
        CffWriter w = new CffWriter(256);
        CffDict top = font.topDict();
        w.dictEntry(top.find(CffDict.ROS));
        for (CffDict.Entry e : top.entries()) {
            switch (e.operator()) {
                case CffDict.CID_COUNT -> {
                    if (e.operands().length > 0 && e.intOperand(0) > maxCid()) {
                        w.dictEntry(e);
                    }
                }
                case CffDict.ROS, CffDict.CHARSET, CffDict.CHAR_STRINGS, CffDict.FD_ARRAY, CffDict.FD_SELECT,
                        CffDict.ENCODING, CffDict.PRIVATE,
                        // The identifiers of the whole font would wrongly tell a RIP this subset is that font.
                        CffDict.UID_BASE, CffDict.XUID -> { }
                default -> w.dictEntry(e);
            }
        }
        CffDict.Entry cidCount = top.find(CffDict.CID_COUNT);
        if (cidCount == null ? maxCid() >= DEFAULT_CID_COUNT
                : cidCount.operands().length == 0 || cidCount.intOperand(0) <= maxCid()) {
            // CIDCount must exceed every CID kept; a damaged or missing one is replaced.
            w.dictOffset(maxCid() + 1);
            w.dictOperator(CffDict.CID_COUNT);
        }
        w.dictOffset(charset);
        w.dictOperator(CffDict.CHARSET);
        w.dictOffset(fdSelect);
        w.dictOperator(CffDict.FD_SELECT);
        w.dictOffset(charStrings);
        w.dictOperator(CffDict.CHAR_STRINGS);
        w.dictOffset(fdArray);
        w.dictOperator(CffDict.FD_ARRAY);
        return w.toByteArray();
    }

    private int maxCid() {
        int max = 0;
        for (int g : glyphs) {
            max = Math.max(max, font.cid(g));
        }
        return max;
    }

    private static byte[] fontDict(CffFont.FontDict fd, int privateSize, int privateOffset) {
        CffWriter w = new CffWriter(64);
        for (CffDict.Entry e : fd.dict().entries()) {
            if (e.operator() != CffDict.PRIVATE) {
                w.dictEntry(e);
            }
        }
        w.dictOffset(privateSize);
        w.dictOffset(privateOffset);
        w.dictOperator(CffDict.PRIVATE);
        return w.toByteArray();
    }

    /** The Private DICT as it was, less its Subrs: the subset has no subroutines. */
    private static byte[] privateDict(CffFont.FontDict fd) {
        CffWriter w = new CffWriter(128);
        if (fd.privateDict() != null) {
            for (CffDict.Entry e : fd.privateDict().entries()) {
                if (e.operator() != CffDict.SUBRS) {
                    w.dictEntry(e);
                }
            }
        }
        return w.toByteArray();
    }

    /** gid → original CID for the subset's glyphs after .notdef, in the smallest of the three formats. */
    private byte[] charset() {
        int n = glyphs.length - 1;
        int[] cids = new int[n];
        for (int i = 0; i < n; i++) {
            cids[i] = font.cid(glyphs[i + 1]);
        }
        // Count runs of consecutive CIDs, capped for format 1 (Card8 nLeft) and format 2 (Card16 nLeft).
        int runs1 = runs(cids, 255 + 1);
        int runs2 = runs(cids, 65535 + 1);
        int size0 = 2 * n;
        int size1 = 3 * runs1;
        int size2 = 4 * runs2;
        CffWriter w = new CffWriter(1 + Math.min(size0, Math.min(size1, size2)));
        if (size0 <= size1 && size0 <= size2) {
            w.u8(0);
            for (int cid : cids) {
                w.u16(cid);
            }
        } else {
            boolean format1 = size1 <= size2;
            w.u8(format1 ? 1 : 2);
            int maxRun = format1 ? 256 : 65536;
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j < n && cids[j] == cids[j - 1] + 1 && j - i < maxRun) {
                    j++;
                }
                w.u16(cids[i]);
                if (format1) {
                    w.u8(j - i - 1);
                } else {
                    w.u16(j - i - 1);
                }
                i = j;
            }
        }
        return w.toByteArray();
    }

    private static int runs(int[] cids, int maxRun) {
        int runs = 0;
        for (int i = 0; i < cids.length; ) {
            int j = i + 1;
            while (j < cids.length && cids[j] == cids[j - 1] + 1 && j - i < maxRun) {
                j++;
            }
            runs++;
            i = j;
        }
        return runs;
    }

    /** FDSelect format 3: ranges of subset glyphs sharing a Font DICT, then the sentinel. */
    private byte[] fdSelect() {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < glyphs.length; i++) {
            int fd = newFd[font.fd(glyphs[i])];
            if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[1] != fd) {
                ranges.add(new int[] {i, fd});
            }
        }
        CffWriter w = new CffWriter(5 + 3 * ranges.size());
        w.u8(3);
        w.u16(ranges.size());
        for (int[] r : ranges) {
            w.u16(r[0]);
            w.u8(r[1]);
        }
        w.u16(glyphs.length);
        return w.toByteArray();
    }
}
