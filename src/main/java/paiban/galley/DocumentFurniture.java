package paiban.galley;

import java.util.List;
import java.util.regex.Pattern;
import paiban.model.Paragraph;
import paiban.model.Span;

/**
 * The furniture of an official document printed in full: its 题注 (the note in brackets under the title that says
 * when and by whom it was adopted) and its 落款 (the issuing body and the date at its end). Both are read off the
 * text, so an issue file or a raw page marks them by writing them as documents do.
 */
final class DocumentFurniture {

    private static final Pattern TITLE_NOTE = Pattern.compile(
            "[（(][^（）()]*(?:通过|批准|发布|公布|修订|修正|印发|施行|\\d{4}年\\d{1,2}月\\d{1,2}日)[^（）()]*[）)]");
    private static final Pattern DATE = Pattern.compile(
            "(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)");
    /** A signature line is short and holds no sentence punctuation. */
    private static final int SIGNATURE_CHARS = 24;
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，；：？！、,;:?!]");
    private static final int MAX_SIGNATURE_LINES = 3;

    private DocumentFurniture() {
    }

    /** A dateline that is a 题注: wholly in brackets, naming an adoption or a date. */
    static boolean isTitleNote(String dateline) {
        return dateline != null && TITLE_NOTE.matcher(dateline.strip()).matches();
    }

    /**
     * The paragraphs of the 落款, as indexes {@code [first, last]} into {@code paragraphs}, or null: the last
     * paragraph that is a date alone, with the short unpunctuated lines (the issuing bodies) right before it. A note
     * after it (（此件公开发布）) stays where it is. The body's first paragraph is never a signature.
     */
    static int[] signature(List<Paragraph> paragraphs) {
        for (int d = paragraphs.size() - 1; d > 0 && paragraphs.size() - d <= 2; d--) {
            if (!DATE.matcher(text(paragraphs.get(d))).matches()) {
                continue;
            }
            int first = d;
            while (first - 1 > 0 && d - first + 1 < MAX_SIGNATURE_LINES && isSigner(text(paragraphs.get(first - 1)))) {
                first--;
            }
            return new int[] {first, d};
        }
        return null;
    }

    private static boolean isSigner(String text) {
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= SIGNATURE_CHARS
                && !SENTENCE_MARKS.matcher(text).find() && !text.startsWith("（") && !text.startsWith("(");
    }

    private static String text(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        for (Span s : p.spans()) {
            sb.append(s.text());
        }
        return sb.toString().strip();
    }
}
