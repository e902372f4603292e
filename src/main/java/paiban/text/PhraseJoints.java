package paiban.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a display line (headline, kicker, subtitle, caption) breaks at each joint: an editor breaks at the
 * phrase joints first (after a comma or colon, at a space, before an opening quote), failing that between words,
 * and never inside a word, a number with its unit, a number range, a date, a document number or a credit. The
 * cost of joint k (between box k and box k+1) is 0 for a phrase joint and rises as the break reads worse;
 * {@link #NEVER} marks a joint no display line breaks at while another way to set it exists.
 *
 * <p>Words come from ICU's dictionary word breaker for Chinese. A run of one-character words is what the
 * dictionary makes of a name or a word it lacks (李/强, 鸿/蒙), so a break between two of them is priced near the
 * top, and a break next to one above a break between two dictionary words.
 */
final class PhraseJoints {

    static final double NEVER = Double.POSITIVE_INFINITY;
    static final double PHRASE = 0;
    static final double BEFORE_OPENING = 20;
    static final double AFTER_CLOSING = 30;
    static final double FUNCTION_WORD = 60;
    static final double WORD = 150;
    static final double INSIDE_PAIR_FROM_END = 220;
    static final double INSIDE_PAIR = 350;
    /**
     * Inside a pair counted from both ends of an even run (加大/宏观|政策/实施力度): the two words surely read as one
     * term (宏观政策), and a dictionary of compounds holds it whole. Dearer than one more line of the headline
     * ({@link DisplayBreaker}), below breaking inside a dictionary word.
     */
    static final double INSIDE_TERM = 2e5;
    static final double NEXT_TO_SINGLE = 400;
    static final double BETWEEN_SINGLES = 900;

    private static final ULocale CHINESE = ULocale.SIMPLIFIED_CHINESE;

    /** Words a phrase may start with: a break before them reads as a joint (…会议 / 关于…). */
    private static final Set<String> PHRASE_OPENERS = Set.of("关于", "对于", "和", "与", "及", "以及", "并", "暨",
            "为", "在", "向", "对", "把", "从", "让", "使", "将", "同", "跟", "给", "助力", "推动", "促进", "加快",
            "确保", "奋力", "全面", "努力", "持续", "不断", "进一步", "加大");
    /** Verbs that open a verb-object phrase: the two-character terms after them pair up from there (促进/民营经济). */
    private static final Set<String> LEADING_VERBS = Set.of("推动", "促进", "加快", "助力", "确保", "加大", "推进", "深化",
            "强化");
    /** Words a phrase may end with: a break after them reads as a joint (…报告的 / …). */
    private static final Set<String> PHRASE_CLOSERS = Set.of("的", "之", "地", "上", "下", "时");

    /** One-character words that stand alone in a headline: particles, prepositions, conjunctions. */
    private static final Set<String> LONE_FUNCTION = Set.of("的", "地", "得", "之", "和", "与", "及", "并", "在", "为",
            "对", "向", "把", "从", "被", "让", "使", "将", "就", "于", "以", "等", "了", "着", "过", "是", "也", "都",
            "又", "再", "还", "而", "或", "且", "中", "上", "下", "后", "前", "时", "到", "达", "超", "近", "约");

    /** One-character suffixes and prefixes that belong to the word beside them. */
    private static final String SUFFIXES = "厅力化性率者型业界式度感品员局省市县区村路站节院部委所厂场馆网量器机家师手化论观学";
    private static final String PREFIXES = "新高大小老总副非超微全多反准伪亚次";
    /** Names of institutions and set terms a headline never breaks, though the dictionary parts them. */
    private static final List<String> NAMES = List.of("全国人民代表大会", "人民代表大会", "全国人大常委会", "中华人民共和国",
            "中国人民政治协商会议", "中国共产党", "中共中央", "国务院办公厅", "中共中央办公厅", "常务委员会", "政府工作报告",
            "人民政府", "高质量发展", "新质生产力", "人工智能", "工业互联网", "国内生产总值", "居民消费价格",
            "经济社会", "一带一路", "粤港澳大湾区", "长江经济带", "京津冀");
    private static final String CN_DIGITS = "〇零一二三四五六七八九十百千万亿两";
    /**
     * Spans no break may cut: a number with its unit, a range or a date (2025—2026年, 2024年3月5日, 50%), a document
     * number (国发〔2025〕12号), an ordinal in Chinese numerals (第十四届), and a photo credit at the end of a caption.
     */
    private static final List<Pattern> KEEP_WHOLE = List.of(
            Pattern.compile("\\p{IsHan}{2}[〔［\\[]\\d{4}[〕］\\]]第?\\d+号"),
            Pattern.compile("[\\d０-９][\\d０-９.,．:/]*(?:\\s*[—–\\-～~至到]{1,2}\\s*[\\d０-９][\\d０-９.]*)?"
                    + "(?:\\s*(?:[%％‰℃]|[年月日号时分秒万亿元个件次人名届期版岁倍度米吨亩户家项条款批座台辆架艘周天]"
                    + "|[A-Za-z]{1,3}(?![A-Za-z]))){0,3}"
                    + "(?:[\\d０-９]+[年月日号时分秒万亿])*"),
            Pattern.compile("第?[" + CN_DIGITS + "]{2,}[届次个年月日号条项批名期]?"),
            Pattern.compile("第[" + CN_DIGITS + "]+\\p{IsHan}?"),
            Pattern.compile("“[^”]{1,6}”"),
            Pattern.compile(String.join("|", NAMES)),
            Pattern.compile("[（(]?[^，。；：！？、（()]{2,24}(?:摄|供图|制图|绘图|绘)[）)]?\\s*$"));

    private PhraseJoints() {
    }

    static double[] of(HorizontalList list) {
        List<Box> boxes = list.boxes();
        double[] cost = new double[Math.max(0, boxes.size() - 1)];
        String text = list.text();
        boolean[] kept = keptWhole(text);
        int[] wordLength = wordLengths(text);
        for (int k = 0; k + 1 < boxes.size(); k++) {
            Box before = boxes.get(k);
            Box after = boxes.get(k + 1);
            cost[k] = kept[after.start] ? NEVER : cost(list.joints().get(k), before, after, text, wordLength);
        }
        return cost;
    }

    private static double cost(Joint joint, Box before, Box after, String text, int[] wordLength) {
        if (joint.breakKind != Joint.Break.ALLOWED) {
            return NEVER; // a 禁则, a unit, or a number before its measure word
        }
        if (!joint.spaces.isEmpty() || before.role == CharClass.IDEOGRAPHIC_SPACE
                || after.role == CharClass.IDEOGRAPHIC_SPACE) {
            return PHRASE;
        }
        switch (before.role) {
            case PAUSE, STOP, WESTERN_CLOSE -> {
                return PHRASE;
            }
            case CLOSING -> {
                return AFTER_CLOSING;
            }
            case DASH, CONNECTOR, ELLIPSIS -> {
                return AFTER_CLOSING;
            }
            default -> {
            }
        }
        if (after.role == CharClass.OPENING || after.role == CharClass.WESTERN_OPEN) {
            return BEFORE_OPENING;
        }
        int at = after.start;
        if (wordLength[at] == 0) {
            return NEVER; // inside a dictionary word
        }
        return wordJoint(text, at, wordLength);
    }

    /** The cost of a break at a word boundary {@code at}, by the words on either side. */
    private static double wordJoint(String text, int at, int[] wordLength) {
        int left = at - 1;
        while (left > 0 && wordLength[left] == 0) {
            left--;
        }
        String leftWord = text.substring(left, at);
        String rightWord = text.substring(at, Math.min(text.length(), at + wordLength[at]));
        if (PHRASE_OPENERS.contains(rightWord) || PHRASE_CLOSERS.contains(leftWord)) {
            return FUNCTION_WORD;
        }
        double pair = insidePair(text, at, wordLength);
        if (pair > 0) {
            return pair;
        }
        boolean leftSingle = leftWord.codePointCount(0, leftWord.length()) == 1;
        boolean rightSingle = rightWord.codePointCount(0, rightWord.length()) == 1;
        if (leftSingle && rightSingle) {
            return BETWEEN_SINGLES;
        }
        return leftSingle || rightSingle ? NEXT_TO_SINGLE : WORD;
    }

    /**
     * Two-character words run in pairs that read as one four-character term (生态/环境, 宏观/经济, 扩大/内需): in a
     * run of two-character Han words, a joint that falls inside a pair counted from either end of the run is a weak
     * one, the more so counted from its start.
     */
    private static double insidePair(String text, int at, int[] wordLength) {
        int before = 0;
        for (int p = at; ; before++) {
            int start = previousWordStart(p, wordLength);
            if (start < 0 || p - start != 2 || !hanWord(text, start, p)) {
                break;
            }
            p = start;
        }
        int after = 0;
        for (int p = at; p < text.length() && wordLength[p] == 2 && hanWord(text, p, p + 2); p += 2) {
            after++;
        }
        if (before == 0 || after == 0) {
            return 0;
        }
        if (before % 2 == 1 && after % 2 == 1) {
            return INSIDE_TERM;
        }
        // counted from the run's start first: a headline's terms run verb-object, 坚定实施/扩大内需/战略
        return before % 2 == 1 ? INSIDE_PAIR : after % 2 == 1 ? INSIDE_PAIR_FROM_END : 0;
    }

    private static int previousWordStart(int at, int[] wordLength) {
        for (int s = at - 1; s >= 0; s--) {
            if (wordLength[s] > 0) {
                return s;
            }
        }
        return -1;
    }

    private static boolean hanWord(String text, int from, int to) {
        String w = text.substring(from, to);
        return w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !LEADING_VERBS.contains(w);
    }

    /** For each char index that starts a word, the word's length in chars; 0 inside a word. */
    private static int[] wordLengths(String text) {
        List<int[]> words = new java.util.ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(CHINESE);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            words.add(new int[] {start, end});
        }
        attachAffixes(text, words);
        joinLoneCharacters(text, words);
        int[] len = new int[text.length() + 1];
        for (int[] w : words) {
            len[w[0]] = w[1] - w[0];
        }
        len[text.length()] = 1;
        return len;
    }

    /**
     * The dictionary leaves some affixes standing alone (生产/力, 现代/化, 高/质量): a one-character suffix joins the
     * word before it, a one-character prefix the word after it, so no break falls between them.
     */
    private static void attachAffixes(String text, List<int[]> words) {
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            if (word[1] - word[0] != 1) {
                continue;
            }
            char c = text.charAt(word[0]);
            if (SUFFIXES.indexOf(c) >= 0 && w > 0 && isHan(text, words.get(w - 1))) {
                words.get(w - 1)[1] = word[1];
                words.remove(w--);
            } else if (PREFIXES.indexOf(c) >= 0 && w + 1 < words.size() && isHan(text, words.get(w + 1))) {
                words.get(w + 1)[0] = word[0];
                words.remove(w--);
            }
        }
    }

    /**
     * A run of one-character words the dictionary could not place (民/营, 春/运, 李/强, 互/联/网) is most often one
     * word it lacks, or a name: the run is joined into words of two characters (three at an odd end). Function words
     * (的, 和, 在 …) and a unit after a number stay alone.
     */
    private static void joinLoneCharacters(String text, List<int[]> words) {
        for (int w = 0; w < words.size(); w++) {
            int end = w;
            while (end < words.size() && lone(text, words.get(end))) {
                end++;
            }
            int run = end - w;
            if (run < 2) {
                continue;
            }
            int at = w;
            for (int left = run; left > 0; ) {
                int take = left == 3 ? 3 : Math.min(2, left);
                if (take > 1) {
                    words.get(at)[1] = words.get(at + take - 1)[1];
                    words.subList(at + 1, at + take).clear();
                }
                at++;
                left -= take;
            }
            w = at - 1;
        }
    }

    private static boolean lone(String text, int[] word) {
        if (word[1] - word[0] != 1 || Character.UnicodeScript.of(text.charAt(word[0])) != Character.UnicodeScript.HAN) {
            return false;
        }
        String c = text.substring(word[0], word[1]);
        boolean afterNumber = word[0] > 0 && Character.isDigit(text.charAt(word[0] - 1));
        return !afterNumber && !LONE_FUNCTION.contains(c) && CN_DIGITS.indexOf(c.charAt(0)) < 0;
    }

    private static boolean isHan(String text, int[] word) {
        return Character.UnicodeScript.of(text.codePointAt(word[0])) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(text.codePointBefore(word[1])) == Character.UnicodeScript.HAN
                && PHRASE_CLOSERS.stream().noneMatch(f -> text.substring(word[0], word[1]).equals(f))
                && !PHRASE_OPENERS.contains(text.substring(word[0], word[1]));
    }

    /** kept[i]: a break before char index i would cut a span that must stay whole. */
    private static boolean[] keptWhole(String text) {
        boolean[] kept = new boolean[text.length() + 1];
        for (Pattern p : KEEP_WHOLE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start() + 1; i < m.end(); i++) {
                    kept[i] = true;
                }
            }
        }
        return kept;
    }
}
