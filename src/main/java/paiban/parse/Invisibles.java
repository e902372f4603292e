package paiban.parse;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import paiban.message.Message;
import paiban.message.Warning;
import paiban.model.SourcePos;

/**
 * Characters that print nothing, handled before anything else reads the lines (see "Invisible and control
 * characters" in docs/issue-format.md):
 * <ul>
 * <li>removed, with one warning per kind naming the code point, how often and on which lines: C0 controls other
 *     than tab, DEL, C1 controls, U+2028/U+2029, bidi controls, zero-width space/non-joiner/word joiner, U+FEFF
 *     inside the text, the soft hyphen, other invisible format characters and noncharacters; a zero-width joiner
 *     is kept only between two emoji, where it forms one picture;</li>
 * <li>errors: U+0000 (the file is not text, or UTF-16 without a byte order mark) and unpaired surrogates (not
 *     Unicode text at all);</li>
 * <li>kept: tab (the parser reads it: a headline break, a space in text), U+3000, no-break space, variation
 *     selectors and combining marks (they belong to the character before them).</li>
 * </ul>
 * Nothing printable is removed.
 */
final class Invisibles {

    /** The cleaned lines and the warnings about what was removed. */
    record Cleaned(List<String> lines, List<Warning> warnings) {
    }

    private static final int LINES_SHOWN = 5;

    private Invisibles() {
    }

    static Cleaned clean(List<String> lines, Path name) throws IssueFormatException {
        Map<Integer, Removal> removed = new LinkedHashMap<>(); // in the order first met
        List<String> out = new ArrayList<>(lines.size());
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            if (isClean(line)) {
                out.add(line);
                continue;
            }
            StringBuilder kept = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = Character.charCount(cp);
                if (cp == 0) {
                    throw new IssueFormatException(new SourcePos(name, li + 1), Message.of("issue.nul",
                            line.codePointCount(0, i) + 1), visible(line));
                }
                if ((cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw new IssueFormatException(new SourcePos(name, li + 1), Message.of("issue.surrogate",
                            String.format("U+%04X", cp), line.codePointCount(0, i) + 1), visible(line));
                }
                if (removable(cp, line, i, n)) {
                    removed.computeIfAbsent(cp, Removal::new).add(li + 1);
                } else {
                    kept.appendCodePoint(cp);
                }
                i += n;
            }
            out.add(kept.toString());
        }
        List<Warning> warnings = new ArrayList<>();
        for (Removal r : removed.values()) {
            warnings.add(r.message(name));
        }
        return new Cleaned(out, warnings);
    }

    /** Fast path: a line of ordinary characters (the usual case) is not copied. */
    private static boolean isClean(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0xAD || c == 0x061C || c == 0x180E
                    || c >= 0x200B && c <= 0x200F || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x206F
                    || c >= 0xD800 && c <= 0xDFFF || c >= 0xFDD0 && c <= 0xFDEF || c == 0xFEFF || c >= 0xFFF9) {
                return false;
            }
        }
        return true;
    }

    private static boolean removable(int cp, String line, int at, int length) {
        if (cp == '\t') {
            return false;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return true; // C0, DEL, C1
        }
        if (cp == 0x200D) {
            // a zero-width joiner inside an emoji sequence (👨‍👩‍👧) belongs to the picture
            return !(at > 0 && at + length < line.length() && pictographic(line.codePointBefore(at))
                    && pictographic(line.codePointAt(at + length)));
        }
        if (cp == 0x00AD || cp == 0x061C || cp == 0x180E || cp >= 0x200B && cp <= 0x200F || cp == 0x2028
                || cp == 0x2029 || cp >= 0x202A && cp <= 0x202E || cp >= 0x2060 && cp <= 0x206F || cp == 0xFEFF
                || cp >= 0xFFF9 && cp <= 0xFFFB) {
            return true; // soft hyphen, bidi controls, zero-width and other invisible format characters, separators
        }
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE; // noncharacters
    }

    private static boolean pictographic(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
                || cp >= 0xFE00 && cp <= 0xFE0F; // the emoji variation selector before a joiner
    }

    /** The line for a message, with invisible characters shown as ⟨U+XXXX⟩ so the quote says what is there. */
    static String visible(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\t' && (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF)
                    || Character.getType(cp) == Character.FORMAT)) {
                sb.append(String.format("<U+%04X>", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** All removals of one code point. */
    private static final class Removal {
        private final int codePoint;
        private final List<Integer> lines = new ArrayList<>();
        private int count;

        Removal(int codePoint) {
            this.codePoint = codePoint;
        }

        void add(int line) {
            count++;
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
        }

        Warning message(Path name) {
            StringBuilder shown = new StringBuilder();
            for (int k = 0; k < Math.min(LINES_SHOWN, lines.size()); k++) {
                shown.append(k == 0 ? "" : ", ").append(lines.get(k));
            }
            Object more = lines.size() > LINES_SHOWN ? Message.of("issue.invisible-more", lines.size() - LINES_SHOWN) : "";
            return Warning.at(Warning.Code.INVISIBLE_REMOVED, new SourcePos(name, lines.get(0)),
                    count == 1 ? "issue.invisible-once" : lines.size() == 1 ? "issue.invisible-line" : "issue.invisible",
                    describe(codePoint), count, shown, more);
        }
    }

    /** "U+200B ZERO WIDTH SPACE". */
    static String describe(int cp) {
        if (Character.isISOControl(cp)) {
            return String.format("U+%04X (a control character)", cp);
        }
        String name = UCharacter.getName(cp);
        return String.format("U+%04X", cp) + (name == null || name.isEmpty() ? "" : " " + name);
    }
}
