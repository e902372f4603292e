package paiban.text;

import java.util.List;

/**
 * Where a long Latin word may break with a visible hyphen. Chinese newspapers rarely hyphenate (§1.3), but in a
 * 13-character column an unbreakable English word leaves the line before it gaping; a hyphen is the lesser fault.
 *
 * <p>The rule is our own and deliberately modest, so it never needs a dictionary. In a word of seven or more
 * ASCII letters, with at least three letters on each side, a break may fall
 * <ul>
 *   <li>between two consonants that stand between two vowels (vowel, consonant | consonant, vowel: "typeset-ting",
 *       "infor-mation"), never between the letters of a pair that sounds as one (ch, ck, gh, ph, sh, th, wh, qu);</li>
 *   <li>before a single consonant between two vowels, which opens the next syllable ("type-setting", "semi-con",
 *       "informa-tion"), but not before an x, and not when all that follows is a silent e ("some-times", never
 *       "someti-mes").</li>
 * </ul>
 * Y counts as a vowel except as a word's first letter. Not hyphenated: words in capitals or with a capital after the first letter
 * (acronyms, brand names such as iPhone), words that hold or touch digits, and URLs, e-mail addresses and domain
 * names, which break after their / . @ - without a hyphen ({@link BreakOpportunities}).
 */
final class Hyphenation {

    /** Shortest word that may be hyphenated: "longer than about six letters". */
    static final int MIN_WORD = 7;
    /** Fewest letters left before a hyphen and carried after it. */
    static final int MIN_SIDE = 3;
    private static final String VOWELS = "aeiouy";
    private static final List<String> ONE_SOUND = List.of("ch", "ck", "gh", "ph", "sh", "th", "wh", "qu");

    private Hyphenation() {
    }

    /** Marks the hyphenation points of every eligible word of the list as {@link Joint.Break#HYPHEN}. */
    static void apply(HorizontalList list) {
        List<Box> boxes = list.boxes();
        int start = 0;
        while (start < boxes.size()) {
            int end = start;
            while (end + 1 < boxes.size() && InterCharacterSpacing.partOfUnit(boxes.get(end))
                    && InterCharacterSpacing.partOfUnit(boxes.get(end + 1)) && list.joints().get(end).spaces.isEmpty()) {
                end++;
            }
            if (end > start && !isAddressOrNumber(list.text().substring(boxes.get(start).start, boxes.get(end).end))) {
                markWords(list, start, end);
            }
            start = end + 1;
        }
    }

    /** A unit with a digit, or with / @ : or a dot before a letter, is a number, an address or a domain. */
    private static boolean isAddressOrNumber(String unit) {
        return unit.matches("(?s).*(\\d|[/@:]|\\.\\p{L}).*");
    }

    /** Each run of ASCII letters inside boxes {@code first..last}, checked and marked. */
    private static void markWords(HorizontalList list, int first, int last) {
        List<Box> boxes = list.boxes();
        int k = first;
        while (k <= last) {
            if (!isAsciiLetter(boxes.get(k))) {
                k++;
                continue;
            }
            int w = k;
            while (w + 1 <= last && isAsciiLetter(boxes.get(w + 1))) {
                w++;
            }
            boolean touchesOtherLetters = (k > first && boxes.get(k - 1).role == CharClass.LATIN)
                    || (w < last && boxes.get(w + 1).role == CharClass.LATIN);
            if (!touchesOtherLetters) {
                StringBuilder word = new StringBuilder();
                for (int b = k; b <= w; b++) {
                    word.append(boxes.get(b).text);
                }
                for (int at : points(word.toString())) {
                    markHyphen(list.joints().get(k + at - 1), boxes.get(k + at - 1));
                }
            }
            k = w + 1;
        }
    }

    /** The hyphen is drawn in the face and size of the letter before it: U+2010 where the face has it. */
    private static void markHyphen(Joint joint, Box letter) {
        int gid = letter.face.glyphId(0x2010);
        if (gid == 0 || letter.advanceOf(gid) > letter.em() / 2) {
            gid = letter.face.glyphId('-'); // a face whose U+2010 is missing or full-width
        }
        joint.breakKind = Joint.Break.HYPHEN;
        joint.hyphenGlyph = gid;
        joint.hyphenWidth = letter.advanceOf(gid);
    }

    private static boolean isAsciiLetter(Box box) {
        return box.text.length() == 1 && box.role == CharClass.LATIN
                && ((box.codePoint >= 'a' && box.codePoint <= 'z') || (box.codePoint >= 'A' && box.codePoint <= 'Z'));
    }

    /** The letter indices a hyphen may stand before, by the rule above; none for an ineligible word. */
    static int[] points(String word) {
        if (word.length() < MIN_WORD || !word.substring(1).equals(word.substring(1).toLowerCase())) {
            return new int[0];
        }
        String w = word.toLowerCase();
        int[] found = new int[w.length()];
        int n = 0;
        for (int at = MIN_SIDE; at <= w.length() - MIN_SIDE; at++) {
            boolean betweenTwo = vowel(w, at - 2) && !vowel(w, at - 1) && !vowel(w, at) && vowel(w, at + 1)
                    && !ONE_SOUND.contains(w.substring(at - 1, at + 1));
            boolean beforeOne = vowel(w, at - 1) && !vowel(w, at) && vowel(w, at + 1) && w.charAt(at) != 'x'
                    && !w.substring(at).matches("[^aeiouy]+e[sd]?");
            if (betweenTwo || beforeOne) {
                found[n++] = at;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    private static boolean vowel(String w, int i) {
        return i > 0 ? VOWELS.indexOf(w.charAt(i)) >= 0 : "aeiou".indexOf(w.charAt(i)) >= 0;
    }
}
