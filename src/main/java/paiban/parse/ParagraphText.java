package paiban.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.model.SourcePos;
import paiban.model.Span;
import paiban.message.Message;

/**
 * The text of one paragraph from its source lines: lines are stripped and joined, {@code **} toggles bold and a
 * backslash makes the next ASCII punctuation mark literal.
 *
 * <p>A line that ends in a lone backslash (as in Markdown) keeps its line break: the paragraph's text carries
 * {@link #HARD_BREAK} there, and the text after it starts a new line. On the paragraph's last line the backslash has
 * nothing to break and stays a backslash, as in Markdown; {@code \\} at a line's end is a literal backslash.
 *
 * <p>Joining rule: a line break becomes one space only when the characters on both sides are narrow (Latin, digits,
 * ASCII punctuation); next to a wide character (hanzi, kana, hangul, CJK or full-width punctuation, and the marks
 * Chinese text shares with Latin such as “ ” ‘ ’ — … ·) it vanishes, since Chinese has no inter-word spaces.
 */
final class ParagraphText {
    /** Where a paragraph keeps a line break of its source: a line feed, which no source line can hold. */
    static final char HARD_BREAK = paiban.model.Paragraph.HARD_BREAK;

    private ParagraphText() {
    }

    /** True for characters that are set one em wide in Chinese text, so a line break next to them is no space. */
    static boolean isWide(int cp) {
        // whole ideograph blocks and planes, so a hanzi newer than this JDK's Unicode tables still counts
        if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF)) {
            return true;
        }
        switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO:
                return true;
            default:
                break;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.SMALL_FORM_VARIANTS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.KANGXI_RADICALS
                || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES) {
            return true;
        }
        return switch (cp) {
            case 0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2605, 0x2606 -> true;
            default -> false;
        };
    }

    /** Joins stripped lines by the joining rule, without looking at markup (for photo lines and captions). */
    static String joinPlain(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip().replace('\t', ' ');
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && needsSpace(sb.codePointBefore(sb.length()), line.codePointAt(0))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static boolean needsSpace(int before, int after) {
        return !isWide(before) && !isWide(after);
    }

    /**
     * Parses markup and joins the lines into spans of alternating weight.
     *
     * @param lines   the paragraph's source lines, in order
     * @param numbers the 1-based file line number of each
     */
    static List<Span> spans(List<String> lines, List<Integer> numbers, Path name) throws IssueFormatException {
        return spans(lines, numbers, name, false);
    }

    /**
     * As {@link #spans(List, List, Path)}; with {@code keepAll} every line break of the paragraph is kept, as if each
     * line but the last ended in a backslash (an article's {@code lines: kept}: poems, lists). A line that does end
     * in one keeps its break once and loses the backslash.
     */
    static List<Span> spans(List<String> lines, List<Integer> numbers, Path name, boolean keepAll)
            throws IssueFormatException {
        StringBuilder text = new StringBuilder();
        List<int[]> toggles = new ArrayList<>(); // {position in text, index into lines}
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li).strip().replace('\t', ' ');
            StringBuilder own = new StringBuilder();
            List<Integer> ownToggles = new ArrayList<>();
            boolean marked = li + 1 < lines.size() && endsInHardBreak(line);
            boolean keepsBreak = marked || keepAll && li + 1 < lines.size();
            if (marked) {
                line = line.substring(0, line.length() - 1).stripTrailing();
            }
            int end = line.length();
            for (int i = 0; i < end; i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < end && isAsciiPunctuation(line.charAt(i + 1))) {
                    own.append(line.charAt(++i));
                } else if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                    ownToggles.add(own.length());
                    i++;
                } else {
                    own.append(c);
                }
            }
            int offset = text.length();
            if (text.length() > 0 && own.length() > 0 && text.charAt(text.length() - 1) != HARD_BREAK
                    && needsSpace(text.codePointBefore(text.length()), own.codePointAt(0))) {
                // the space belongs to neither line: put it before this line's leading toggles
                text.append(' ');
                offset++;
            }
            for (int t : ownToggles) {
                toggles.add(new int[] {offset + t, li});
            }
            text.append(own);
            if (keepsBreak && text.length() > 0 && text.charAt(text.length() - 1) != HARD_BREAK) {
                text.append(HARD_BREAK);
            }
        }
        if (toggles.size() % 2 != 0) {
            int li = toggles.get(toggles.size() - 1)[1];
            throw new IssueFormatException(new SourcePos(name, numbers.get(li)),
                    Message.of("issue.bold-unclosed"),
                    lines.get(li).strip());
        }
        List<Span> spans = new ArrayList<>();
        boolean bold = false;
        int start = 0;
        for (int[] t : toggles) {
            add(spans, text.substring(start, t[0]), bold);
            bold = !bold;
            start = t[0];
        }
        add(spans, text.substring(start), bold);
        return spans;
    }

    private static void add(List<Span> spans, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1).bold() == bold) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(last.text() + text, bold));
        } else {
            spans.add(new Span(text, bold));
        }
    }

    /** A line ending in an odd number of backslashes: the last one is not escaped, so it breaks the line. */
    static boolean endsInHardBreak(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > 0x20 && c < 0x7F && !Character.isLetterOrDigit(c);
    }
}
