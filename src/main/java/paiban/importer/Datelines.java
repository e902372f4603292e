package paiban.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 电头 at the start of an article's first paragraph: 科学导报讯, 本报讯, 本报太原5月15日电, 新华社北京12月1日电,
 * 据新华社电, optionally with the reporters — in brackets (（记者 王某）) or after a space (记者王波) — and split from the
 * text that follows. The paper's own name comes from 「…报讯」 when the page does not print it otherwise.
 */
final class Datelines {

    private static final String SP = "[ \u3000]";
    private static final String HEAD = "(?:本报讯|据新华社电|(\\p{IsHan}{1,10}报)讯|\\p{IsHan}{1,10}(?:社|网|台)讯"
            + "|(?:本报|新华社|中新社|\\p{IsHan}{1,8}(?:日报|晚报|时报)社?)"
            + "(?:\\p{IsHan}{0,6}?[0-9]{1,2}月[0-9]{1,2}日|\\p{IsHan}{0,6}?)电)";
    private static final String BRACKETS = "(?:（[^）]{1,40}）|\\([^)]{1,40}\\))";
    private static final String NAMES = "\\p{IsHan}{2,4}(?:[、 \u3000]\\p{IsHan}{2,4})*?";
    private static final String REPORTERS = "(?:本报|特约|见习)?(?:记者|通讯员|实习生)" + SP + "*" + NAMES
            + "(?:" + SP + "+(?:本报|特约|见习)?(?:记者|通讯员|实习生)" + SP + "*" + NAMES + ")*";
    private static final Pattern WITH_REPORTERS = Pattern.compile(
            "(" + HEAD + "(?:" + SP + "*" + BRACKETS + "|" + SP + "+" + REPORTERS + "(?=" + SP + ")))" + SP + "*");
    private static final Pattern BARE = Pattern.compile("(" + HEAD + ")" + SP + "*");

    /** A dateline and the paragraph without it; {@code paper} is the 「…报」 of 「…报讯」, or null. */
    record Split(String dateline, String rest, String paper) {
    }

    private Datelines() {
    }

    /** Splits the dateline off the start of {@code paragraph}, or returns null when it has none. */
    static Split split(String paragraph) {
        for (Pattern p : new Pattern[] {WITH_REPORTERS, BARE}) {
            Matcher m = p.matcher(paragraph);
            if (m.lookingAt()) {
                String rest = paragraph.substring(m.end());
                String paper = m.group(2);
                if (paper != null && paper.equals("本报")) {
                    paper = null;
                }
                return new Split(LineShape.collapse(m.group(1)), rest, paper);
            }
        }
        return null;
    }

    static boolean startsWithDateline(String paragraph) {
        return split(paragraph) != null;
    }
}
