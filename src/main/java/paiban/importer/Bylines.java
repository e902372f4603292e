package paiban.importer;

import java.util.regex.Pattern;

/**
 * 署名 lines: one to four names (邓伟强; 王金华 魏鹏飞), names after a role (记者王波, 本报记者 王某 通讯员 李某),
 * or a title and a name (国务院总理 李强). A name is two to four hanzi, or two parts joined by ·.
 */
final class Bylines {

    private static final String NAME = "(?:\\p{IsHan}{2,4}|\\p{IsHan}{1,6}[·・]\\p{IsHan}{1,6})";
    private static final String ROLE = "(?:本报|特约|见习|实习)?(?:记者|通讯员|实习生|摄影|撰稿)|文|图|文/图|文／图";
    private static final String TITLE = "\\p{IsHan}{1,8}(?:总理|书记|主席|部长|省长|市长|县长|主任|评论员|编辑|教授|研究员)";
    private static final Pattern TOKEN_NAME = Pattern.compile(NAME);
    private static final Pattern TOKEN_ROLE = Pattern.compile(ROLE);
    private static final Pattern TOKEN_ROLE_NAME = Pattern.compile("(?:" + ROLE + ")[:：]?" + NAME);
    private static final Pattern TOKEN_TITLE = Pattern.compile(TITLE);
    private static final Pattern HAS_ROLE = Pattern.compile("记者|通讯员|实习生");

    private Bylines() {
    }

    /** A line of names, possibly with roles or a title; at most six words. */
    static boolean isNameLine(String line) {
        String[] tokens = LineShape.collapse(line).split(" ");
        if (tokens.length == 0 || tokens.length > 6 || tokens[0].isEmpty()) {
            return false;
        }
        boolean name = false;
        boolean needName = false;
        for (String t : tokens) {
            if (TOKEN_NAME.matcher(t).matches() || TOKEN_ROLE_NAME.matcher(t).matches()) {
                name = true;
                needName = false;
            } else if (TOKEN_ROLE.matcher(t).matches() || TOKEN_TITLE.matcher(t).matches()) {
                if (needName) {
                    return false;
                }
                needName = true;
            } else {
                return false;
            }
        }
        return name && !needName;
    }

    /**
     * An author's line under a speech or a signed article's subtitle: a name with its title (国务院总理　李强,
     * 本报评论员 …), a byline where a headline's subtitle stands over it.
     */
    static boolean isTitledNameLine(String line) {
        if (!isNameLine(line)) {
            return false;
        }
        for (String t : LineShape.collapse(line).split(" ")) {
            if (TOKEN_TITLE.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A byline that names reporters (记者 … 通讯员 …): a byline wherever it stands in the head of an article. */
    static boolean isReporterLine(String line) {
        return HAS_ROLE.matcher(line).find() && isNameLine(line);
    }
}
