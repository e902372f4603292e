package paiban.importer;

/**
 * What a line of Chinese newspaper text looks like, without knowing what it is: does it end a sentence, could it be
 * display type (a headline, kicker, tag), is it running text, does it stop in the middle of a sentence.
 */
final class LineShape {
    /** Headlines longer than this are rare; a longer line without a full stop is running text cut short. */
    static final int DISPLAY_MAX = 56;

    private static final String SENTENCE_END = "。！？!?；;：:…";
    private static final String INNER_STOPS = "。！？!?；;";
    private static final String CLOSERS = "”’」』）)》〉】〕\"'";
    private static final String OPEN_ENDS = "，,、（(“‘《〈【〔「『—";
    private static final String CONTINUATION_STARTS = "，,。、；;：:）)》〉】〕」』”’！？!?…%％";
    private static final String OPENING = "（(《〈【〔「『“‘";
    private static final String CLOSING = "）)》〉】〕」』”’";

    private LineShape() {
    }

    /** Ends with a full stop, ! ? ; : or … — possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String s) {
        int end = s.length();
        while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** Holds a full stop, ! ? or ; anywhere: display lines never do. */
    static boolean hasStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (INNER_STOPS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Headlines hold at most one comma; a clause chain with more is running text. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '，' || s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** The visible length: characters other than white space. */
    static int length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Ends with a comma, an enumeration comma, an opening bracket or quote: the sentence goes on. */
    static boolean endsOpen(String s) {
        return !s.isEmpty() && OPEN_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Starts with punctuation that can only continue a sentence (a comma, a closing bracket …). */
    static boolean startsAsContinuation(String s) {
        return !s.isEmpty() && CONTINUATION_STARTS.indexOf(s.charAt(0)) >= 0;
    }

    /** Every opening bracket or quote is closed in the line. */
    static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0) {
                depth--;
            }
        }
        return depth == 0;
    }

    /** The whole line stands in one pair of round brackets, like （此件公开发布）. */
    static boolean bracketed(String s) {
        return (s.startsWith("（") && s.endsWith("）")) || (s.startsWith("(") && s.endsWith(")"));
    }

    /**
     * Could be set as display type: short, no sentence punctuation, at most one comma, not cut off at a comma or an open bracket, not a
     * photo credit, not a bracketed note, no web or mail address.
     */
    static boolean display(String s) {
        int n = length(s);
        return n >= 1 && n <= DISPLAY_MAX && commas(s) <= 1 && !hasStop(s) && !endsSentence(s) && !endsOpen(s)
                && !startsAsContinuation(s) && balanced(s) && !bracketed(s) && s.indexOf('■') < 0
                && !s.contains("@") && !s.contains("http") && !s.contains("www.");
    }

    /** Running text: a sentence, a chain of clauses, or longer than any headline. */
    static boolean running(String s) {
        return endsSentence(s) || hasStop(s) || commas(s) > 1 || length(s) > DISPLAY_MAX;
    }

    /**
     * Running text that stops in the middle of a sentence: what follows must be its rest. A photo caption, which
     * ends with its credit (…摄), is finished.
     */
    static boolean unfinished(String s) {
        return !PhotoCaptions.isCaption(s) && ((running(s) && !endsSentence(s)) || endsOpen(s));
    }

    /** True for characters set one em wide (hanzi, kana, CJK and full-width punctuation, “ ” — … · ■). */
    static boolean wide(int cp) {
        if ((cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF) || (cp >= 0xAC00 && cp <= 0xD7AF)) {
            return true;
        }
        return switch (cp) {
            case 0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x25A0, 0x25A1, 0x2605,
                    0x2606 -> true;
            default -> false;
        };
    }

    /** Joins two pieces of one sentence: no space next to a wide character, one between two narrow ones. */
    static String join(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        boolean space = !wide(a.codePointBefore(a.length())) && !wide(b.codePointAt(0));
        return space ? a + " " + b : a + b;
    }

    /** Runs of white space (also U+3000) become one ASCII space; the ends are trimmed. */
    static String collapse(String s) {
        return s.replaceAll("[\\s\u3000]+", " ").strip();
    }
}
