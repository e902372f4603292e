package paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of typesetting-zh §2.6, written from the document's tables (not from the engine's CharClass) so
 * that they test the engine rather than restate it. Each returns a list of violations, empty when the galley is
 * right.
 */
final class GalleyRules {

    /** §1.1–1.2 at the GB level plus strict dashes and ellipses: never first on a line. */
    static final String NO_START = "。？！．，、；：”’」』）〕］｝】〗〙〛｠》〉·・‧–～〜/／々％%‰℃°′″—…⋯⸺―)]},.;:!?";
    /** Never last on a line. */
    static final String NO_END = "“‘「『（〔［｛【〖〘〚｟《〈/／￥$＄([{";
    static final String OPENING = "“‘「『（〔［｛【〖〘〚｟《〈";

    private GalleyRules() {
    }

    static List<String> kinsoku(List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty()) {
                faults.add("line " + i + " is empty");
                continue;
            }
            if (i > 0 && NO_START.indexOf(text.codePointAt(0)) >= 0) {
                faults.add("line " + i + " starts with " + text.charAt(0) + ": " + text);
            }
            int last = text.codePointBefore(text.length());
            if (i < lines.size() - 1 && NO_END.indexOf(last) >= 0) {
                faults.add("line " + i + " ends with " + Character.toString(last) + ": " + text);
            }
        }
        return faults;
    }

    /** Units of §1.3 that a break must not split: the end of one line and the start of the next. */
    static List<String> splitUnits(List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i).text();
            String b = lines.get(i + 1).text();
            if (a.isBlank() || b.isEmpty() || Character.isWhitespace(a.codePointBefore(a.length()))) {
                continue; // a break at a typed space splits nothing
            }
            int x = a.codePointBefore(a.length());
            int y = b.codePointAt(0);
            if ((x == '—' && y == '—') || (x == '…' && y == '…')) {
                faults.add("split " + Character.toString(x) + Character.toString(y) + " after line " + i);
            }
            if ((isWordChar(x) && isWordChar(y)) || (isWordChar(x) && (y == '%' || y == '.'))) {
                faults.add("split word/number after line " + i + ": " + a + " | " + b);
            }
        }
        return faults;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Every line fits: no glyph box beyond the measure. */
    static List<String> overflow(List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float right = Galleys.rightEdge(line);
            if (right > line.measure() + 0.01f) {
                faults.add("line " + i + " is " + right + " wide in a measure of " + line.measure() + ": " + line.text());
            }
        }
        return faults;
    }

    /** JUSTIFY: every line but the last ends on the measure and starts at 0 (the indent on the first). */
    static List<String> flush(List<Line> lines, ParagraphFormat format) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float start = i == 0 ? format.indent() : 0;
            if (!startsAt(line, start)) {
                faults.add("line " + i + " does not start at " + start + ": " + line.text());
            }
            if (i < lines.size() - 1 && !singleWesternUnit(line)
                    && Math.abs(Galleys.rightEdge(line) - format.measure()) > 0.01f) {
                faults.add("line " + i + " ends at " + Galleys.rightEdge(line) + ": " + line.text());
            }
        }
        return faults;
    }

    /**
     * The first visible glyph's box starts at {@code start}. Marks drawn off their box (an opening mark half an em
     * left of it, a centred · or ／ inside a half-em box) are accepted within half an em; their exact placement is
     * tested on its own.
     */
    static boolean startsAt(Line line, float start) {
        PlacedGlyph g = firstVisible(line);
        if (g == null) {
            return true;
        }
        boolean offBox = (OPENING + "·・‧／").indexOf(g.text().codePointAt(0)) >= 0;
        return Math.abs(g.x() - start) < 0.01f || (offBox && Math.abs(g.x() - start) <= g.size() / 2 + 0.01f);
    }

    /** Left edge of the first visible glyph's ink box (an opening mark's ink starts half an em right of x). */
    static float leftEdge(Line line) {
        PlacedGlyph g = firstVisible(line);
        if (g == null) {
            return 0;
        }
        boolean opening = OPENING.indexOf(g.text().codePointAt(0)) >= 0;
        return opening ? g.x() + g.size() / 2 : g.x();
    }

    private static PlacedGlyph firstVisible(Line line) {
        for (PlacedGlyph g : line.glyphs()) {
            if (!g.text().isBlank()) {
                return g;
            }
        }
        return null;
    }

    /**
     * A line holding one word or number and nothing else has no gap that may be opened (letter-spacing is
     * forbidden, §2.3), so it cannot be justified; it only happens when the next unit cannot join it.
     */
    static boolean singleWesternUnit(Line line) {
        String t = line.text().strip();
        return !t.isEmpty() && t.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isIdeographic(c)
                || "，。、；：？！“”‘’（）《》【】「」—…·".indexOf(c) >= 0);
    }

    /** §4.4: a paragraph of several lines ends with at least two characters on its last line. */
    static List<String> loneLastCharacter(List<Line> lines) {
        if (lines.size() < 2) {
            return List.of();
        }
        String last = lines.get(lines.size() - 1).text();
        long characters = last.codePoints().filter(Character::isLetterOrDigit).count();
        return characters >= 2 ? List.of() : List.of("last line holds one character: " + last);
    }

    /** Digits of a number and letters of a word sit at their advances: no space added inside. */
    static List<String> spreadUnits(List<Line> lines) {
        List<String> faults = new ArrayList<>();
        for (Line line : lines) {
            List<PlacedGlyph> g = line.glyphs();
            for (int k = 0; k + 1 < g.size(); k++) {
                PlacedGlyph a = g.get(k);
                PlacedGlyph b = g.get(k + 1);
                if (isWesternAlnum(a.text()) && isWesternAlnum(b.text())
                        && Math.abs(b.x() - a.x() - a.advance()) > 0.001f) {
                    faults.add("spread " + a.text() + b.text() + " by " + (b.x() - a.x() - a.advance()) + " in " + line.text());
                }
            }
        }
        return faults;
    }

    private static boolean isWesternAlnum(String s) {
        return s.length() == 1 && s.charAt(0) < 0x2E80 && Character.isLetterOrDigit(s.charAt(0));
    }

    static List<String> all(List<Line> lines, ParagraphFormat format) {
        List<String> faults = new ArrayList<>();
        faults.addAll(kinsoku(lines));
        faults.addAll(splitUnits(lines));
        faults.addAll(overflow(lines));
        if (format.alignment() == Alignment.JUSTIFY) {
            faults.addAll(flush(lines, format));
        }
        faults.addAll(loneLastCharacter(lines));
        faults.addAll(spreadUnits(lines));
        return faults;
    }
}
