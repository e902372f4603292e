package paiban.spec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A layout file's bytes as text: strict UTF-8 (a leading byte order mark is dropped). Anything else is an error naming
 * the line and the byte, and saying when the file reads as GB18030 (GBK), as Chinese editors often save it.
 */
final class LayoutText {

    private LayoutText() {
    }

    static String decode(byte[] bytes, String file) throws LayoutException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return strict(StandardCharsets.UTF_8, bytes, start);
        } catch (CharacterCodingException e) {
            int bad = firstBad(bytes, start);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            boolean gb = readsAs(Charset.forName("GB18030"), bytes, start);
            throw LayoutException.at(new paiban.model.SourcePos(java.nio.file.Path.of(file), line), gb ? "layout.not-utf8-gbk" : "layout.not-utf8",
                    String.format("0x%02X", bytes[bad] & 0xFF), bad - lineStart + 1);
        }
    }

    private static String strict(Charset cs, byte[] bytes, int start) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    private static boolean readsAs(Charset cs, byte[] bytes, int start) {
        try {
            strict(cs, bytes, start);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The index of the first byte strict UTF-8 refuses. */
    private static int firstBad(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(start, bytes.length - 1);
    }
}
