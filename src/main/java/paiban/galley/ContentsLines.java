package paiban.galley;

import java.util.ArrayList;
import java.util.List;

import paiban.text.Alignment;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.PlacedGlyph;
import paiban.text.StyledText;
import paiban.text.TextStyle;

/**
 * The body of a guide (导读, 要目): one entry per listed article, its headline broken at its phrase joints to the
 * guide's column and the page it stands on (第N版) flush right on the entry's last line.
 *
 * <p>The page numbers are known only once the whole issue is composed, so the entries are first set with the numbers
 * the articles were written on, and set again with the numbers where they landed. Nothing may reflow between the two:
 * where each headline breaks depends only on the widest label any page of the issue could need, never on the number
 * printed, so both settings take the same lines.
 */
final class ContentsLines {
    /** Space between an entry's headline and its page label, in ems of the label. */
    private static final float LABEL_GAP = 0.5f;
    /** The mark that opens each entry; the entry's lines hang one em in from the column's left, clear of it. */
    static final String MARK = "◆";

    private ContentsLines() {
    }

    /**
     * @param possible every page number of the issue: the label's field is as wide as the widest of them needs
     */
    static List<Line> set(GalleyCache cache, TextStyle headline, TextStyle label, float measure,
                          List<String> headlines, List<Integer> pages, List<Integer> possible) {
        float widest = 0;
        for (int p : possible) {
            widest = Math.max(widest, labelLine(cache, "第" + p + "版", label, measure).width());
        }
        float field = widest + LABEL_GAP * label.size();
        float hang = headline.size();
        float room = measure - hang;
        Line mark = labelLine(cache, MARK, headline, measure);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < headlines.size(); i++) {
            List<Line> lines = display(cache, headlines.get(i), headline, room);
            if (lines.isEmpty() || lines.get(lines.size() - 1).width() + field > room) {
                lines = display(cache, headlines.get(i), headline, Math.max(headline.size(), room - field));
            }
            Line tag = labelLine(cache, "第" + pages.get(i) + "版", label, measure);
            List<Line> entry = new ArrayList<>();
            for (int k = 0; k < Math.max(1, lines.size()); k++) {
                Line l = lines.isEmpty() ? new Line(List.of(), room, 0, true) : lines.get(k);
                Line hung = join(k == 0 ? mark : new Line(List.of(), measure, 0, false), l, hang, measure);
                entry.add(k < lines.size() - 1 ? hung : join(hung, tag, measure - tag.width(), measure));
            }
            out.addAll(entry);
        }
        return out;
    }

    /** The glyphs of {@code left} and those of {@code right} moved {@code at} pt in, as one line of the measure. */
    private static Line join(Line left, Line right, float at, float measure) {
        List<PlacedGlyph> glyphs = new ArrayList<>(left.glyphs());
        for (PlacedGlyph g : right.glyphs()) {
            glyphs.add(new PlacedGlyph(g.face(), g.size(), g.glyphId(), g.text(), g.x() + at, g.advance()));
        }
        return new Line(glyphs, measure, Math.max(left.width(), at + right.width()), right.paragraphEnd());
    }

    private static List<Line> display(GalleyCache cache, String text, TextStyle style, float measure) {
        return cache.lines(new Setting(List.of(new StyledText(text, style)),
                new ParagraphFormat(measure, 0, Alignment.LEFT), true));
    }

    private static Line labelLine(GalleyCache cache, String text, TextStyle style, float measure) {
        return cache.lines(new Setting(List.of(new StyledText(text, style)),
                new ParagraphFormat(measure, 0, Alignment.LEFT))).get(0);
    }
}
