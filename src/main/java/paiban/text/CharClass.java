package paiban.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UProperty;

/**
 * The role of a character in Chinese line composition (typesetting-zh §1.1). The role decides the 禁则 (may it
 * start or end a line), how its punctuation width is set (§3) and whether justification may add space next to it.
 */
enum CharClass {
    /** Han ideographs, kana, 〇, full-width letters: one em, a break allowed on both sides. */
    IDEOGRAPH(false, false),
    /** 。？！． — ink in the left half, the right half is a blank that Kaiming keeps. */
    STOP(true, false),
    /** ，、；： — ink in the left half. */
    PAUSE(true, false),
    /** “‘（《【「… — ink in the right half. */
    OPENING(false, true),
    /** ”’）》】」… — ink in the left half. */
    CLOSING(true, false),
    /** 间隔号 · (and ・ ‧ from converted text): a centred half-em box. */
    INTERPUNCT(true, false),
    /** – , a single — , ～ : connectors never start a line. */
    CONNECTOR(true, false),
    /** One half of —— (or ――, or ⸺ whole): a 2-em unit, strict level: never at a line start. */
    DASH(true, false),
    /** … ⋯ : a pair is a 2-em unit, strict level: never at a line start. */
    ELLIPSIS(true, false),
    /** 分隔号 / ／ : neither first nor last on a line (GB level). */
    SOLIDUS(true, true),
    /** 々 */
    ITERATION(true, false),
    /** ％ % ‰ ℃ ° ′ ″ : stays with the number before it. */
    POSTFIX(true, false),
    /** ￥ ¥ $ € £ ± № : stays with the number after it. */
    PREFIX(false, true),
    /** U+3000 inside a paragraph: a 1-em blank box. */
    IDEOGRAPHIC_SPACE(false, false),
    /** Proportional letters (Latin, Greek, Cyrillic…). */
    LATIN(false, false),
    /** Proportional digits. */
    DIGIT(false, false),
    /** Western closing punctuation ) ] } , . ; : ! ? */
    WESTERN_CLOSE(true, false),
    /** Western opening brackets ( [ { */
    WESTERN_OPEN(false, true),
    /** Hyphens inside Latin text: ICU decides the breaks. */
    HYPHEN(false, false),
    /** Any other proportional symbol. */
    WESTERN_OTHER(false, false),
    /** Word spaces U+0020 and other whitespace: glue, not boxes. */
    SPACE(false, false);

    private final boolean noStart;
    private final boolean noEnd;

    CharClass(boolean noStart, boolean noEnd) {
        this.noStart = noStart;
        this.noEnd = noEnd;
    }

    /** Must not be the first character of a line (行首禁则). */
    boolean noStart() {
        return noStart;
    }

    /** Must not be the last character of a line (行尾禁则). */
    boolean noEnd() {
        return noEnd;
    }

    /** A full-width mark whose blank half the punctuation style may remove (§3.1). */
    boolean compressible() {
        return this == STOP || this == PAUSE || this == OPENING || this == CLOSING;
    }

    /** Ink in the left half: stops, pauses and closing marks. */
    boolean inkLeft() {
        return this == STOP || this == PAUSE || this == CLOSING;
    }

    /** Part of proportional Western text (words, numbers, their units); never letter-spaced. */
    boolean western() {
        return switch (this) {
            case LATIN, DIGIT, WESTERN_CLOSE, WESTERN_OPEN, HYPHEN, WESTERN_OTHER, POSTFIX, PREFIX -> true;
            default -> false;
        };
    }

    /** Characters that count for the "at least two characters on the last line" rule. */
    static boolean countsAsCharacter(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    /**
     * The punctuation and symbols whose role is fixed by their code point, before the property-based classes of
     * {@link #of}: a table, so the rule for each mark reads in one place.
     */
    private static final java.util.Map<Integer, CharClass> FIXED = fixed();

    private static java.util.Map<Integer, CharClass> fixed() {
        java.util.Map<Integer, CharClass> m = new java.util.HashMap<>();
        put(m, STOP, 0x3002, 0xFF1F, 0xFF01, 0xFF0E, 0x203C, 0x2047, 0x2048, 0x2049);
        put(m, PAUSE, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A);
        put(m, OPENING, 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x3014, 0xFF3B, 0xFF5B, 0x3010, 0x3016, 0x3018,
                0x301A, 0xFF5F, 0x300A, 0x3008);
        put(m, CLOSING, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3015, 0xFF3D, 0xFF5D, 0x3011, 0x3017, 0x3019,
                0x301B, 0xFF60, 0x300B, 0x3009);
        put(m, INTERPUNCT, 0x00B7, 0x30FB, 0x2027);
        put(m, CONNECTOR, 0x2013, 0x2014, 0x2015, 0xFF5E, 0x301C, 0x007E);
        put(m, DASH, 0x2E3A);
        put(m, ELLIPSIS, 0x2026, 0x22EF);
        put(m, SOLIDUS, 0x002F, 0xFF0F);
        put(m, ITERATION, 0x3005);
        put(m, POSTFIX, 0xFF05, 0x0025, 0x2030, 0x2103, 0x00B0, 0x2032, 0x2033);
        put(m, PREFIX, 0xFFE5, 0x00A5, 0x0024, 0xFF04, 0x20AC, 0x00A3, 0xFFE1, 0x00B1, 0x2116);
        put(m, IDEOGRAPHIC_SPACE, 0x3000);
        put(m, WESTERN_CLOSE, ')', ']', '}', ',', '.', ';', ':', '!', '?');
        put(m, WESTERN_OPEN, '(', '[', '{');
        put(m, HYPHEN, '-', 0x2010, 0x2011);
        return java.util.Map.copyOf(m);
    }

    private static void put(java.util.Map<Integer, CharClass> m, CharClass c, int... cps) {
        for (int cp : cps) {
            m.put(cp, c);
        }
    }

    /** Role of a code point out of context; a U+2014 is refined to DASH when it is doubled (see Shaper). */
    static CharClass of(int cp) {
        CharClass fixed = FIXED.get(cp);
        if (fixed != null) {
            return fixed;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (width == EastAsianWidth.WIDE || width == EastAsianWidth.FULLWIDTH) {
            return IDEOGRAPH;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetter(cp)) {
            return LATIN;
        }
        return WESTERN_OTHER;
    }

    /** Marks, variation selectors and format characters that belong to the character before them. */
    static boolean attaches(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
