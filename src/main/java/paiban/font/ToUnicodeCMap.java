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
                StringBuilder e = new StringBuilder(16);
                hex4(e.append('<'), code).append("> <");
                for (int i = 0; i < text.length(); i++) {
                    hex4(e, text.charAt(i));
                }
                entries.add(e.append('>').toString());
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

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Appends v as at least four upper-case hex digits, as {@code %04X} does. */
    private static StringBuilder hex4(StringBuilder sb, int v) {
        if (v < 0 || v > 0xFFFF) {
            return sb.append(String.format("%04X", v));
        }
        return sb.append(HEX[v >>> 12]).append(HEX[(v >>> 8) & 0xF]).append(HEX[(v >>> 4) & 0xF]).append(HEX[v & 0xF]);
    }
}
