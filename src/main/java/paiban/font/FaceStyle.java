package paiban.font;

import java.nio.ByteBuffer;

/**
 * Weight and slant of a face, as font lookup matches them. OS/2 is the authority (usWeightClass, fsSelection);
 * fonts without it fall back to the 'head' macStyle bits and then to the style name.
 */
record FaceStyle(int weight, boolean bold, boolean italic) {

    static FaceStyle read(TableDirectory tables, String subfamily) {
        ByteBuffer os2 = tables.table("OS/2");
        ByteBuffer head = tables.table("head");
        int macStyle = head != null && head.capacity() >= 46 ? Short.toUnsignedInt(head.getShort(44)) : 0;
        String style = subfamily.toLowerCase();
        if (os2 != null && os2.capacity() >= 64) {
            int weight = Short.toUnsignedInt(os2.getShort(4));
            int fsSelection = Short.toUnsignedInt(os2.getShort(62));
            boolean bold = weight >= 600 || (fsSelection & 0x20) != 0;
            boolean italic = (fsSelection & 0x01) != 0 || (macStyle & 2) != 0;
            return new FaceStyle(weight, bold, italic);
        }
        boolean bold = (macStyle & 1) != 0 || style.contains("bold");
        boolean italic = (macStyle & 2) != 0 || style.contains("italic") || style.contains("oblique");
        return new FaceStyle(bold ? 700 : 400, bold, italic);
    }
}
