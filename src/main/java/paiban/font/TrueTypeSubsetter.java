package paiban.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import paiban.message.Message;

/**
 * Writes a standalone TrueType font holding .notdef and the given glyphs of a face with TrueType (glyf) outlines,
 * plus every glyph their composites are built from — the font program PDF embeds as /FontFile2 under a
 * CIDFontType2.
 *
 * <p>Glyphs are renumbered densely in the order of their original ids (.notdef stays 0), component references of
 * composite glyphs are rewritten to the new numbers, and the PDF's /CIDToGIDMap maps each original glyph id (the
 * CID the content shows, see {@link PdfFontResource#encode}) to its new one. The font keeps what rasterisers use:
 * glyf, loca (long offsets), hmtx, hhea, head, maxp, the hinting programs and tables (cvt, fpgm, prep), OS/2 and a
 * glyph-name-free post table. cmap and name are left out: a CIDFontType2 selects glyphs through the CIDToGIDMap.
 */
final class TrueTypeSubsetter {

    /** The subset font and, per new glyph id, the original one. */
    record Subset(byte[] font, int[] originalGlyphs) {
    }

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    /** Tables copied unchanged when present. */
    private static final List<String> COPIED = List.of("OS/2", "cvt ", "fpgm", "prep");

    private final OpenTypeFace face;
    private final ByteBuffer glyf;
    private final ByteBuffer loca;
    private final boolean longLoca;
    private final int glyphCount;

    private TrueTypeSubsetter(OpenTypeFace face) {
        this.face = face;
        this.glyf = required(face, "glyf");
        this.loca = required(face, "loca");
        this.longLoca = required(face, "head").getShort(50) != 0;
        this.glyphCount = face.glyphCount();
    }

    private static ByteBuffer required(OpenTypeFace face, String tag) {
        ByteBuffer table = face.table(tag);
        if (table == null) {
            throw new FontException(Message.of("font.tt.no-table", face, tag));
        }
        return table;
    }

    static Subset subset(OpenTypeFace face, Collection<Integer> glyphIds) {
        try {
            return new TrueTypeSubsetter(face).write(glyphIds);
        } catch (IndexOutOfBoundsException e) {
            throw new FontException(Message.of("font.tt.damaged", face, e.getMessage()), e);
        }
    }

    /** Every table of the face as a standalone font file (a member of a collection taken out of it). */
    static byte[] whole(OpenTypeFace face) {
        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : face.tableTags()) {
            tables.put(tag, bytes(face.table(tag)));
        }
        return sfnt(tables);
    }

    private Subset write(Collection<Integer> glyphIds) {
        int[] old = keptGlyphs(glyphIds);
        Map<String, byte[]> tables = new TreeMap<>();
        for (String tag : COPIED) {
            ByteBuffer t = face.table(tag);
            if (t != null) {
                tables.put(tag, bytes(t));
            }
        }
        outlines(old, tables);
        tables.put("hmtx", horizontalMetrics(old));

        byte[] head = bytes(required(face, "head"));
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1); // checksum adjustment later; long loca
        tables.put("head", head);
        byte[] hhea = bytes(required(face, "hhea"));
        ByteBuffer.wrap(hhea).putShort(34, (short) old.length);
        tables.put("hhea", hhea);
        byte[] maxp = bytes(required(face, "maxp"));
        ByteBuffer.wrap(maxp).putShort(4, (short) old.length);
        tables.put("maxp", maxp);
        tables.put("post", post());
        return new Subset(sfnt(tables), old);
    }

    /** .notdef, the requested glyphs and their components, ascending: the subset's glyph i is the face's old[i]. */
    private int[] keptGlyphs(Collection<Integer> glyphIds) {
        TreeSet<Integer> kept = new TreeSet<>();
        addWithComponents(0, kept, 0);
        for (int g : glyphIds) {
            if (g < 0 || g >= glyphCount) {
                throw new FontException(Message.of("font.no-glyph-of", g, face, glyphCount));
            }
            addWithComponents(g, kept, 0);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The glyf and loca tables of the kept glyphs (long offsets, glyphs 4-byte aligned), components renumbered. */
    private void outlines(int[] old, Map<String, byte[]> tables) {
        int[] newId = new int[glyphCount];
        for (int i = 0; i < old.length; i++) {
            newId[old[i]] = i;
        }
        CffWriter glyphs = new CffWriter(1 << 16);
        CffWriter offsets = new CffWriter(4 * (old.length + 1));
        for (int g : old) {
            offsets.unsigned(glyphs.size(), 4);
            byte[] data = glyphData(g);
            if (isComposite(data)) {
                renumberComponents(data, newId);
            }
            glyphs.write(data);
            while (glyphs.size() % 4 != 0) {
                glyphs.u8(0);
            }
        }
        offsets.unsigned(glyphs.size(), 4);
        tables.put("glyf", glyphs.toByteArray());
        tables.put("loca", offsets.toByteArray());
    }

    /** The hmtx table of the kept glyphs: every one a long metric (advance and left side bearing). */
    private byte[] horizontalMetrics(int[] old) {
        CffWriter hmtx = new CffWriter(4 * old.length);
        ByteBuffer metrics = required(face, "hmtx");
        int longMetrics = Short.toUnsignedInt(required(face, "hhea").getShort(34));
        for (int g : old) {
            hmtx.u16(face.advance(g));
            int lsbAt = g < longMetrics ? 4 * g + 2 : 4 * longMetrics + 2 * (g - longMetrics);
            hmtx.u16(lsbAt + 2 <= metrics.capacity() ? metrics.getShort(lsbAt) : 0);
        }
        return hmtx.toByteArray();
    }

    /** The glyph, and the glyphs a composite is made of, recursively (depth-limited against damaged fonts). */
    private void addWithComponents(int g, TreeSet<Integer> kept, int depth) {
        if (depth > 16 || !kept.add(g)) {
            return;
        }
        byte[] data = glyphData(g);
        if (!isComposite(data)) {
            return;
        }
        for (int[] c : components(data)) {
            int component = c[1];
            if (component >= glyphCount) {
                throw new FontException(Message.of("font.tt.component", g, face, component));
            }
            if (!kept.contains(component)) {
                addWithComponents(component, kept, depth + 1);
            }
        }
    }

    private byte[] glyphData(int g) {
        int start = locaOffset(g);
        int end = locaOffset(g + 1);
        if (end <= start) {
            return new byte[0]; // an empty glyph (a space)
        }
        byte[] data = new byte[end - start];
        glyf.get(start, data);
        return data;
    }

    private int locaOffset(int g) {
        return longLoca ? loca.getInt(4 * g) : 2 * Short.toUnsignedInt(loca.getShort(2 * g));
    }

    private static boolean isComposite(byte[] data) {
        return data.length >= 10 && ByteBuffer.wrap(data).getShort(0) < 0;
    }

    /** Per component of a composite glyph: the byte offset of its glyph index, and the index. */
    private static List<int[]> components(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        List<int[]> out = new ArrayList<>();
        int p = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(b.getShort(p));
            out.add(new int[] {p + 2, Short.toUnsignedInt(b.getShort(p + 2))});
            p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                p += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                p += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                p += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return out;
    }

    private static void renumberComponents(byte[] data, int[] newId) {
        ByteBuffer b = ByteBuffer.wrap(data);
        for (int[] c : components(data)) {
            b.putShort(c[0], (short) newId[c[1]]);
        }
    }

    /** post format 3: the face's header values, no glyph names. */
    private byte[] post() {
        byte[] post = new byte[32];
        ByteBuffer original = face.table("post");
        if (original != null && original.capacity() >= 32) {
            original.get(0, post);
        }
        ByteBuffer.wrap(post).putInt(0, 0x00030000);
        return post;
    }

    private static byte[] bytes(ByteBuffer table) {
        byte[] b = new byte[table.capacity()];
        table.get(0, b);
        return b;
    }

    /** An sfnt file of the given tables (sorted by tag), each 4-byte aligned, with checksums and head's adjustment. */
    static byte[] sfnt(Map<String, byte[]> tables) {
        int n = tables.size();
        int power = Integer.highestOneBit(n);
        int headerSize = 12 + 16 * n;
        int size = headerSize;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        CffWriter out = new CffWriter(size);
        out.unsigned(0x00010000, 4);
        out.u16(n);
        out.u16(16 * power);
        out.u16(Integer.numberOfTrailingZeros(power));
        out.u16(16 * n - 16 * power);
        int offset = headerSize;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                ByteBuffer.wrap(t).putInt(8, 0);
                headOffset = offset;
            }
            for (char c : e.getKey().toCharArray()) {
                out.u8(c);
            }
            out.unsigned(checksum(t), 4);
            out.unsigned(offset, 4);
            out.unsigned(t.length, 4);
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.write(t);
            while (out.size() % 4 != 0) {
                out.u8(0);
            }
        }
        byte[] font = out.toByteArray();
        if (headOffset >= 0) {
            ByteBuffer.wrap(font).putInt(headOffset + 8, 0xB1B0AFBA - checksum(font));
        }
        return font;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < data.length ? data[i + k] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }
}
