package paiban.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.model.SourcePos;

/** Bytes to text to lines: strict UTF-8, an optional BOM, and any of LF, CRLF or CR as line ends. */
final class SourceText {
    private SourceText() {
    }

    /** Decodes strict UTF-8; a malformed or truncated sequence is an error naming its line. */
    static String decode(byte[] bytes, Path name) throws IssueFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw badByte(bytes, in.position(), name);
        }
        out.flip();
        return out.toString();
    }

    private static IssueFormatException badByte(byte[] bytes, int at, Path name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String shown = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        String reason = String.format("invalid UTF-8: byte 0x%02X at byte %d of the line; save the file as UTF-8",
                bytes[at] & 0xFF, at - lineStart + 1);
        return new IssueFormatException(new SourcePos(name, line), reason, shown);
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
