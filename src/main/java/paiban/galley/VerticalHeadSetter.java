package paiban.galley;

import java.util.ArrayList;
import java.util.List;
import paiban.model.Article;
import paiban.spec.HeadlineLadder;
import paiban.spec.PageGeometry;
import paiban.spec.Rank;
import paiban.spec.Role;
import paiban.text.Line;
import paiban.text.TextStyle;
import paiban.text.VerticalLine;
import paiban.text.VerticalSetter;

/**
 * Sets an article's head top to bottom (竖排) for a one- or two-column module. The lines stand right to left in
 * reading order: column tag, kicker, the headline's lines, subtitle (and a 题注). The headline takes the largest size
 * of its rung at which the strip leaves every column at least {@value #MIN_BODY_CHARS} characters of text; a
 * headline line longer than {@value #MAX_CELLS} of its ems is broken at a phrase joint into two vertical lines. The
 * headline's first line and the lines before it hang from the strip's top; its further lines, the subtitle and a
 * 题注 stand on its foot, stepped as desks set them. The head is a whole number of body lines long: its longest
 * headline line is spread to end on a line's em box.
 */
final class VerticalHeadSetter {
    /** Characters of body text a column keeps beside the strip, at the least. */
    static final int MIN_BODY_CHARS = 6;
    /** The longest a vertical headline line runs, in its ems, before it is broken in two. */
    static final int MAX_CELLS = 14;
    /** Space between two vertical lines, as a fraction of the larger one's size. */
    private static final float LINE_GAP = 0.3f;

    /** Display text broken at phrase joints to a width (the setter's, cached). */
    interface Breaker {
        List<Line> lines(String text, TextStyle style, float width);
    }

    private final StyleBook styles;
    private final PageGeometry grid;
    private final HeadlineLadder ladder;
    private final Breaker breaker;

    VerticalHeadSetter(StyleBook styles, Breaker breaker) {
        this.styles = styles;
        this.grid = styles.spec().geometry();
        this.ladder = styles.spec().headlines();
        this.breaker = breaker;
    }

    /** One line of the head before it is placed: its text set vertically, its role, whether it hangs from the top. */
    private record Piece(VerticalLine line, Role role, boolean top) {
    }

    /** The head for a module {@code span} columns wide whose columns are {@code column} pt wide inside any box. */
    VerticalHead set(Article a, int span, Rank rank, float column) {
        Role role = rank == Rank.LEAD ? Role.LEAD_HEADLINE : Role.HEADLINE;
        List<Float> sizes = ladder.rung(rank).sizes();
        float most = column - MIN_BODY_CHARS * grid.bodySize();
        List<Piece> pieces = null;
        float share = 0;
        for (float size : sizes) {
            pieces = pieces(a, styles.text(role, size), role);
            share = share(width(pieces), span);
            if (share <= most) {
                break;
            }
        }
        share = Math.min(share, Math.max(0, most));
        return place(pieces, span, share);
    }

    private List<Piece> pieces(Article a, TextStyle hs, Role role) {
        List<Piece> out = new ArrayList<>();
        if (a.column() != null) {
            out.add(new Piece(VerticalSetter.set(a.column(), styles.text(Role.COLUMN_TAG)), Role.COLUMN_TAG, true));
        }
        if (a.kicker() != null) {
            out.add(new Piece(VerticalSetter.set(a.kicker(), under(Role.KICKER, hs)), Role.KICKER, true));
        }
        boolean first = true;
        for (String part : a.headline()) {
            for (String text : broken(part, hs)) {
                out.add(new Piece(VerticalSetter.set(text, hs), role, first));
                first = false;
            }
        }
        if (a.subtitle() != null) {
            out.add(new Piece(VerticalSetter.set(a.subtitle(), under(Role.SUBTITLE, hs)), Role.SUBTITLE, false));
        }
        if (DocumentFurniture.isTitleNote(a.dateline())) {
            out.add(new Piece(VerticalSetter.set(a.dateline().strip(), under(Role.SUBTITLE, hs)), Role.SUBTITLE,
                    false));
        }
        return out;
    }

    /** A headline line as one vertical line, or broken at its phrase joints when longer than {@link #MAX_CELLS}. */
    private List<String> broken(String part, TextStyle hs) {
        float most = MAX_CELLS * hs.size();
        if (VerticalSetter.set(part, hs).length() <= most + 0.01f) {
            return List.of(part);
        }
        // the display breaker breaks at phrase joints into lines of even length, each within the limit
        List<String> out = new ArrayList<>();
        for (Line l : breaker.lines(part, hs, most)) {
            out.add(l.text().strip());
        }
        return out;
    }

    private TextStyle under(Role role, TextStyle headline) {
        TextStyle own = styles.text(role);
        return styles.text(role, HeadlineLadder.underHeadline(own.size(), headline.size(), grid.bodySize()));
    }

    /** The width the lines take side by side, with their gaps. */
    private static float width(List<Piece> pieces) {
        float w = 0;
        for (int i = 0; i < pieces.size(); i++) {
            w += pieces.get(i).line().size();
            if (i > 0) {
                w += gap(pieces.get(i - 1), pieces.get(i));
            }
        }
        return w;
    }

    private static float gap(Piece a, Piece b) {
        return LINE_GAP * Math.max(a.line().size(), b.line().size());
    }

    /** What each column gives the strip: the lines and a gutter before the body, in whole body characters. */
    private float share(float width, int span) {
        float em = grid.bodySize();
        return (float) Math.ceil((width + grid.gutter()) / (span * em) - 1e-4) * em;
    }

    /** The lines in the strip, right to left, centred in it beside the gutter; the longest headline line spread. */
    private VerticalHead place(List<Piece> pieces, int span, float share) {
        float pitch = grid.linePitch();
        float gap = pitch - grid.bodySize();
        float longest = 0;
        for (Piece p : pieces) {
            longest = Math.max(longest, p.line().length());
        }
        int lines = Math.max(1, (int) Math.ceil((longest + gap) / pitch - 1e-4));
        float length = lines * pitch - gap;
        float stripWidth = span * share;
        float right = grid.gutter() + (stripWidth - grid.gutter() + width(pieces)) / 2f;
        List<VerticalSetLine> out = new ArrayList<>();
        boolean spread = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            VerticalLine line = p.line();
            boolean headline = p.role() == Role.HEADLINE || p.role() == Role.LEAD_HEADLINE;
            if (headline && !spread && line.length() >= longest - 0.01f) {
                line = line.spreadTo(length);
                spread = true;
            }
            float top = p.top() ? 0 : length - line.length();
            out.add(new VerticalSetLine(line, right - line.size() / 2f, top, styles.color(p.role()), p.role()));
            right -= line.size() + (i + 1 < pieces.size() ? gap(p, pieces.get(i + 1)) : 0);
        }
        return new VerticalHead(out, share, stripWidth, lines);
    }
}
