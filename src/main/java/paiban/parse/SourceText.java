package paiban.parse;

import java.util.ArrayList;
import java.util.List;

/** Text to lines: any of LF, CRLF or CR ends a line. Decoding is {@link SourceDecoding}'s job. */
final class SourceText {
    private SourceText() {
    }

    /** Splits into lines after dropping a leading BOM. Line i of the result is line i + 1 of the file. */
    static List<String> lines(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
