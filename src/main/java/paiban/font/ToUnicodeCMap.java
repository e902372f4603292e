package paiban.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ToUnicode CMap of a font shown with two-byte codes: each code back to the text it stands for, so that text
 * copied or searched in the PDF reads as typed. Written as bfchar entries in blocks of at most 100 (the limit
 * PDF's CMap syntax sets); texts outside the BMP come out as surrogate pairs, which is what UTF-16BE means here.
 */
final class ToUnicodeCMap {

    private static final int BLOCK = 100;

    private ToUnicodeCMap() {
    }

    /** @param textByCode code → text, ascending; empty texts are left out */
    static String write(Map<Integer, String> textByCode) {
        List<String> entries = new ArrayList<>();
        textByCode.forEach((code, text) -> {
            if (text != null && !text.isEmpty()) {
                entries.add(String.format("<%04X> <%s>", code, utf16Hex(text)));
            }
        });
        StringBuilder cmap = new StringBuilder(64 * entries.size() + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n")
                .append("12 dict begin\n")
                .append("begincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n")
                .append("/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 0; from < entries.size(); from += BLOCK) {
            List<String> block = entries.subList(from, Math.min(entries.size(), from + BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            block.forEach(e -> cmap.append(e).append('\n'));
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\n")
                .append("CMapName currentdict /CMap defineresource pop\n")
                .append("end\n")
                .append("end\n");
        return cmap.toString();
    }

    private static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder(4 * text.length());
        for (int i = 0; i < text.length(); i++) {
            hex.append(String.format("%04X", (int) text.charAt(i)));
        }
        return hex.toString();
    }
}
