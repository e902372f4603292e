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
 * of its rung at which the strip leaves every column at least {@value #MIN_BODY_CHARS} characters of text and the
 * head is no longer than the legs beside it; its lines whole if it can, else each broken at a phrase joint into two
 * vertical lines (at most {@value #MAX_CELLS} ems long). The
 * headline's first line and the lines before it hang from the strip's top; its further lines, the subtitle and a
 * 题注 stand on its foot, stepped as desks set them. The head is a whole number of body lines long: its longest
 * headline line is spread to end on a line's em box.
 */
final class VerticalHeadSetter {
    /** Characters of body text a column keeps beside the strip, at the least. */
    static final int MIN_BODY_CHARS = 7;
    /** The longest a broken headline's vertical line runs, in its ems. */
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

    /**
     * The head for a module {@code span} columns wide whose columns are {@code column} pt wide inside any box;
     * {@code bodyLines} counts the lines the body makes at a measure. Sizes are tried largest first, each with the
     * headline's lines whole, then broken in two: the first that leaves every column its least text and is no longer
     * than the legs beside it is taken; failing that, the one that overruns the legs least. A head too wide even at
     * the rung's smallest size is set smaller, to the room there is.
     */
    VerticalHead set(Article a, int span, Rank rank, float column, java.util.function.DoubleToIntFunction bodyLines) {
        Role role = rank == Rank.LEAD ? Role.LEAD_HEADLINE : Role.HEADLINE;
        List<Float> sizes = ladder.rung(rank).sizes();
        float most = column - MIN_BODY_CHARS * grid.bodySize();
        List<Piece> best = null;
        float bestShare = 0;
        int bestOver = Integer.MAX_VALUE;
        for (float size : sizes) {
            for (boolean broken : new boolean[] {false, true}) {
                List<Piece> pieces = pieces(a, styles.text(role, size), role, broken);
                float share = share(width(pieces), span);
                if (share > most + 0.01f) {
                    continue;
                }
                int legs = (bodyLines.applyAsInt(column - share) + span - 1) / span;
                int over = Math.max(0, lines(pieces) - legs);
                if (over < bestOver) {
                    best = pieces;
                    bestShare = share;
                    bestOver = over;
                }
                if (over == 0) {
                    return place(best, span, bestShare);
                }
            }
        }
        if (best == null) {
            float smallest = sizes.get(sizes.size() - 1);
            float fits = smallest * Math.max(0, most - grid.gutter()) / width(pieces(a, styles.text(role, smallest),
                    role, true));
            best = pieces(a, styles.text(role, Math.max(1, Math.min(smallest, fits))), role, true);
            bestShare = Math.max(0, most);
        }
        return place(best, span, bestShare);
    }

    private List<Piece> pieces(Article a, TextStyle hs, Role role, boolean broken) {
        List<Piece> out = new ArrayList<>();
        if (a.column() != null) {
            out.add(new Piece(VerticalSetter.set(a.column(), styles.text(Role.COLUMN_TAG)), Role.COLUMN_TAG, true));
        }
        if (a.kicker() != null) {
            out.add(new Piece(VerticalSetter.set(a.kicker(), under(Role.KICKER, hs)), Role.KICKER, true));
        }
        boolean first = true;
        for (String part : a.headline()) {
            for (String text : broken ? broken(part, hs) : List.of(part)) {
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

    /**
     * A headline line broken in two at a phrase joint: the display breaker takes as few lines as fit a little over
     * half the line's length (never more than {@link #MAX_CELLS} ems) and balances them.
     */
    private List<String> broken(String part, TextStyle hs) {
        float length = VerticalSetter.set(part, hs).length();
        if (length < 4 * hs.size()) {
            return List.of(part);
        }
        float width = Math.min(MAX_CELLS * hs.size(), 0.65f * length + hs.size());
        List<String> out = new ArrayList<>();
        for (Line l : breaker.lines(part, hs, width)) {
            out.add(l.text().strip());
        }
        return out;
    }

    /** Body lines the head's longest line takes. */
    private int lines(List<Piece> pieces) {
        float longest = 0;
        for (Piece p : pieces) {
            longest = Math.max(longest, p.line().length());
        }
        float gap = grid.linePitch() - grid.bodySize();
        return Math.max(1, (int) Math.ceil((longest + gap) / grid.linePitch() - 1e-4));
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
        int lines = lines(pieces);
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
