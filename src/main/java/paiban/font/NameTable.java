package paiban.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings of an sfnt 'name' table that font lookup needs. English Windows names are preferred because that is
 * what users type and what other tools (fc-list, Office) show; Mac Roman records are read as Latin-1, which is exact
 * for the ASCII names fonts actually carry there.
 */
final class NameTable {

    static final int FAMILY = 1;
    static final int SUBFAMILY = 2;
    static final int POSTSCRIPT = 6;
    static final int TYPOGRAPHIC_FAMILY = 16;
    static final int TYPOGRAPHIC_SUBFAMILY = 17;

    private final ByteBuffer table;

    NameTable(ByteBuffer table) {
        this.table = table;
    }

    /** Typographic family (16), else legacy family (1): "Noto Serif CJK SC" for every weight. */
    String family() {
        String typographic = best(TYPOGRAPHIC_FAMILY);
        return typographic != null ? typographic : orEmpty(best(FAMILY));
    }

    /** Typographic subfamily (17), else legacy subfamily (2): "Regular", "Bold", "Medium". */
    String subfamily() {
        String typographic = best(TYPOGRAPHIC_SUBFAMILY);
        return typographic != null ? typographic : orEmpty(best(SUBFAMILY));
    }

    String postScriptName() {
        return orEmpty(best(POSTSCRIPT));
    }

    /** Every family name the face answers to, in any language, typographic and legacy. */
    Set<String> familyNames() {
        Set<String> names = new LinkedHashSet<>();
        forEachRecord(TYPOGRAPHIC_FAMILY, FAMILY, (platform, encoding, language, nameId, bytes) -> {
            String s = decode(platform, encoding, bytes);
            if (s != null && !s.isEmpty()) {
                names.add(s);
            }
        });
        return names;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The record for nameId, ranked Windows/US-English, any Windows English, Mac English, anything decodable. */
    private String best(int wanted) {
        String[] ranked = new String[4];
        forEachRecord(wanted, wanted, (platform, encoding, language, nameId, bytes) -> {
            int rank;
            if (platform == 3 && language == 0x409) {
                rank = 0;
            } else if (platform == 3 && (language & 0xff) == 0x09) {
                rank = 1;
            } else if (platform == 1 && language == 0) {
                rank = 2;
            } else {
                rank = 3;
            }
            if (ranked[rank] == null) {
                ranked[rank] = decode(platform, encoding, bytes);
            }
        });
        for (String s : ranked) {
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String decode(int platform, int encoding, byte[] bytes) {
        if (platform == 0 || platform == 3) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (platform == 1 && encoding == 0) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    private interface RecordVisitor {
        void visit(int platform, int encoding, int language, int nameId, byte[] bytes);
    }

    /**
     * Visits the records of the two name ids (which may be the same). Only their strings are copied out: a CJK
     * face's table also holds long license and description texts that lookup never reads.
     */
    private void forEachRecord(int id1, int id2, RecordVisitor visitor) {
        int count = u16(2);
        int storage = u16(4);
        for (int i = 0; i < count; i++) {
            int r = 6 + 12 * i;
            int nameId = u16(r + 6);
            if (nameId != id1 && nameId != id2) {
                continue;
            }
            int length = u16(r + 8);
            int offset = storage + u16(r + 10);
            if (offset + length > table.capacity()) {
                continue; // a damaged record must not hide the good ones
            }
            byte[] bytes = new byte[length];
            table.get(offset, bytes);
            visitor.visit(u16(r), u16(r + 2), u16(r + 4), nameId, bytes);
        }
    }

    private int u16(int at) {
        return Short.toUnsignedInt(table.getShort(at));
    }
}
