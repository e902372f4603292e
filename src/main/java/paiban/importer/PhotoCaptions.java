package paiban.importer;

import java.util.regex.Pattern;

/**
 * 图片说明: a paragraph with ■ and a credit at its end (■ …供图, ■ …摄). When the credit stands on its own line,
 * the description before it belongs to the caption if it was set apart from the text (a wider gap before it, as
 * extraction leaves around a picture) or starts with 图为.
 */
final class PhotoCaptions {

    private static final Pattern CAPTION = Pattern.compile(".*■.*(?:供图|摄|摄影|供稿|发)[）)]?");
    private static final int DESCRIPTION_MAX = 200;

    private PhotoCaptions() {
    }

    static boolean isCaption(String text) {
        return text.indexOf('■') >= 0 && CAPTION.matcher(text).matches();
    }

    /** The caption is only the credit (■ …供图): its description may stand on the line before. */
    static boolean creditOnly(String text) {
        return text.startsWith("■");
    }

    /** {@code before} (the paragraph just above a credit line) describes the photo. */
    static boolean describes(RawLine before) {
        String t = before.text();
        return LineShape.endsSentence(t) && LineShape.length(t) <= DESCRIPTION_MAX
                && (before.blanksBefore() >= 2 || t.startsWith("图为"));
    }

    /** Description and credit as one caption, a space between (…调度平台。 ■ …供图). */
    static String caption(String description, String credit) {
        return description + " " + credit;
    }
}
