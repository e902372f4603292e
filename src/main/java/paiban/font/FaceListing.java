package paiban.font;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Set;
import paiban.message.Message;

/**
 * What font lookup knows about one face without opening it: where it is, the family names it answers to, and its
 * style. Read from the 'name', 'OS/2' and 'head' tables only, so listing a folder of large CJK collections costs
 * a few page reads per face.
 */
record FaceListing(Path file, int index, Set<String> families, String subfamily, FaceStyle style) {

    static FaceListing read(FontFile file, int index) {
        TableDirectory tables = file.face(index);
        ByteBuffer name = tables.table("name");
        if (name == null) {
            throw new FontException(Message.of("font.no-table", index, file.path(), "name"));
        }
        NameTable names = new NameTable(name);
        String subfamily = names.subfamily();
        return new FaceListing(file.path(), index, names.familyNames(), subfamily,
                FaceStyle.read(tables, subfamily));
    }

    boolean isFamily(String family) {
        return families.contains(family) || families.stream().anyMatch(family::equalsIgnoreCase);
    }

    /** How far the face is from what was asked for: 0 is an upright face of exactly 400 (or 700 for bold). */
    int distance(boolean bold) {
        return Math.abs(style.weight() - (bold ? 700 : 400)) + (style.italic() ? 10_000 : 0);
    }

    @Override
    public String toString() {
        return file.getFileName() + (index > 0 ? " #" + index : "") + " " + subfamily;
    }
}
