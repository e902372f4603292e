package paiban.font;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** Where each table of one sfnt face lies in its file. Faces of a collection share tables by pointing at the same bytes. */
final class TableDirectory {

    private record Entry(int offset, int length) {
    }

    private final ByteBuffer file;
    private final Map<String, Entry> entries;

    private TableDirectory(ByteBuffer file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static TableDirectory read(ByteBuffer file, int offset) {
        int count = Short.toUnsignedInt(file.getShort(offset + 4));
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int record = offset + 12 + 16 * i;
            entries.put(tagName(file.getInt(record)), new Entry(file.getInt(record + 8), file.getInt(record + 12)));
        }
        return new TableDirectory(file, entries);
    }

    static String tagName(int tag) {
        return new String(new char[] {
                (char) (tag >>> 24), (char) ((tag >>> 16) & 0xff), (char) ((tag >>> 8) & 0xff), (char) (tag & 0xff)});
    }

    /** The tags of the face's tables, in no particular order. */
    java.util.Set<String> tags() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    boolean has(String tag) {
        return entries.containsKey(tag);
    }

    /** The table's bytes (position 0 = table start), or null when the face has no such table. */
    ByteBuffer table(String tag) {
        Entry e = entries.get(tag);
        if (e == null) {
            return null;
        }
        if (e.offset < 0 || e.length < 0 || (long) e.offset + e.length > file.capacity()) {
            throw new IndexOutOfBoundsException("table '" + tag + "' lies outside the file");
        }
        return file.slice(e.offset, e.length);
    }
}
