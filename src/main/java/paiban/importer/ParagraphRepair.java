package paiban.importer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Mends the damage text extraction does to running text: a paragraph cut where a column or page ended (one piece
 * stops mid-sentence, the next carries on) is joined again, also when the cut fell inside a word (此外，北 /
 * 京中能智算中心). Nothing is added but, between two Latin letters or digits, the space a line break stood for.
 */
final class ParagraphRepair {

    private static final int CONTEXT = 6;

    private ParagraphRepair() {
    }

    /** The paragraphs with every piece that continues the one before joined to it. */
    static List<RawLine> repair(List<RawLine> pieces) {
        List<RawLine> out = new ArrayList<>();
        for (RawLine piece : pieces) {
            if (!out.isEmpty() && continues(out.get(out.size() - 1).text(), piece.text())) {
                RawLine last = out.remove(out.size() - 1);
                out.add(new RawLine(LineShape.join(last.text(), piece.text()), last.number(), last.blanksBefore()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** {@code next} carries on the sentence {@code before} left unfinished. */
    static boolean continues(String before, String next) {
        if (LineShape.endsSentence(before)) {
            return false;
        }
        return LineShape.unfinished(before) || LineShape.startsAsContinuation(next) || splitsWord(before, next);
    }

    /** The last characters of {@code before} and the first of {@code next} make one word (北 / 京). */
    static boolean splitsWord(String before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return false;
        }
        if (!Character.isLetter(before.codePointBefore(before.length())) || !Character.isLetter(next.codePointAt(0))) {
            return false;
        }
        String tail = before.substring(Math.max(0, before.length() - CONTEXT));
        String head = next.substring(0, Math.min(next.length(), CONTEXT));
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText(tail + head);
        return !words.isBoundary(tail.length());
    }
}
