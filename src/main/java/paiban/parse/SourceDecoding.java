package paiban.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import paiban.message.Message;
import paiban.message.Warning;
import paiban.model.SourcePos;

/**
 * Bytes of an issue file to text. The rule, in order:
 * <ol>
 * <li>a byte order mark decides: UTF-8, UTF-16LE/BE, UTF-32LE/BE (the mark is dropped);</li>
 * <li>else the file is read as strict UTF-8;</li>
 * <li>if that fails and the file is mostly well-formed UTF-8 all the same, it is damaged UTF-8: an error at the
 *     first bad byte;</li>
 * <li>else it is read as strict GB18030 (which includes GBK and GB2312) and accepted only if the result looks like
 *     Chinese text: no C1 control characters and at most one non-ASCII character in twenty outside the scripts and
 *     symbols GB2312 users write;</li>
 * <li>else an error naming the line, the byte of the line and the byte of the file of the first byte that is not
 *     UTF-8.</li>
 * </ol>
 * Whatever is chosen other than UTF-8 is reported by the caller.
 */
final class SourceDecoding {

    /** The decoded text (without byte order mark) and the encoding it was read in. */
    record Decoded(String text, String encoding, boolean byteOrderMark) {
        boolean isUtf8() {
            return encoding.equals("UTF-8");
        }

        /** What a run should tell the user about the encoding, or null when there is nothing unusual. */
        Warning notice(Path name) {
            if (isUtf8()) {
                return null;
            }
            return Warning.of(Warning.Code.ENCODING, byteOrderMark ? "issue.encoding-bom" : "issue.encoding-guessed",
                    name, encoding);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private SourceDecoding() {
    }

    static Decoded decode(byte[] bytes, Path name) throws IssueFormatException {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return withBom(bytes, 4, UTF_32BE, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return withBom(bytes, 4, UTF_32LE, name);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withBom(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withBom(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withBom(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return new Decoded(utf8.text, "UTF-8", false);
        }
        if (!mostlyUtf8(bytes)) {
            Attempt gb = attempt(bytes, 0, GB18030);
            if (gb.text != null && plausibleChinese(gb.text)) {
                return new Decoded(gb.text, "GB18030", false);
            }
        }
        throw badByte(bytes, utf8.errorAt, name, mostlyUtf8(bytes));
    }

    private static Decoded withBom(byte[] bytes, int bomLength, Charset charset, Path name)
            throws IssueFormatException {
        Attempt a = attempt(bytes, bomLength, charset);
        if (a.text == null) {
            String enc = charset.name();
            if (charset == StandardCharsets.UTF_8) {
                throw badByte(bytes, a.errorAt, name, true);
            }
            int line = 1 + (int) a.decodedPrefix.chars().filter(c -> c == '\n').count();
            int lineStart = Math.max(a.decodedPrefix.lastIndexOf('\n'), a.decodedPrefix.lastIndexOf('\r')) + 1;
            throw new IssueFormatException(new SourcePos(name, line), Message.of("issue.bad-bom-text", enc,
                    a.errorAt + 1), a.decodedPrefix.substring(lineStart));
        }
        return new Decoded(a.text, charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(), true);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A strict decoding: the text, or where it failed and what had been decoded before. */
    private record Attempt(String text, int errorAt, String decodedPrefix) {
    }

    private static Attempt attempt(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(2 * (bytes.length - from) + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            return new Attempt(null, in.position(), out.toString());
        }
        return new Attempt(out.toString(), -1, null);
    }

    /**
     * True when well-formed UTF-8 multi-byte sequences outnumber the bytes that fit no sequence two to one: a UTF-8
     * file with a few damaged bytes, not a file in another encoding (where such sequences only occur by chance).
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 2 * invalid;
    }

    /** No C1 controls, and at most one non-ASCII code point in twenty outside what Chinese text uses. */
    static boolean plausibleChinese(String text) {
        int nonAscii = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            if (cp <= 0x9F) {
                return false;
            }
            nonAscii++;
            if (!usedInChineseText(cp)) {
                odd++;
            }
        }
        return odd * 20 <= nonAscii;
    }

    private static boolean usedInChineseText(int cp) {
        if (ParagraphText.isWide(cp)) {
            return true; // hanzi, kana, hangul, bopomofo, CJK and full-width punctuation, ■ ● ★
        }
        return (cp >= 0xA0 && cp <= 0x24F) // Latin-1 and pinyin letters
                || (cp >= 0x2C6 && cp <= 0x2DD) // spacing tone marks
                || (cp >= 0x370 && cp <= 0x4FF) // Greek, Cyrillic (both in GB2312)
                || (cp >= 0x2000 && cp <= 0x27BF) // punctuation, letterlike, numerals, arrows, maths, boxes, symbols
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static IssueFormatException badByte(byte[] bytes, int at, Path name, boolean damagedUtf8) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String shown = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        return new IssueFormatException(new SourcePos(name, line), Message.of(damagedUtf8 ? "issue.bad-utf8-damage"
                : "issue.bad-utf8", String.format("0x%02X", bytes[at] & 0xFF), at - lineStart + 1, at + 1), shown);
    }
}
