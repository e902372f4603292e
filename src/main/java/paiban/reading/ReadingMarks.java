package paiban.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import paiban.compose.Module;
import paiban.compose.PagePlan;
import paiban.compose.PhotoSlot;
import paiban.compose.Rule;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.page.BoxMark;
import paiban.page.GridPoints;
import paiban.page.ImageMark;
import paiban.page.Mark;
import paiban.page.PageDrawing;
import paiban.page.RuleMark;
import paiban.page.Tag;
import paiban.page.TextMark;
import paiban.page.VerticalTextMark;
import paiban.spec.PageGeometry;
import paiban.spec.Role;
import paiban.text.PlacedGlyph;
import paiban.text.TextStyle;

/**
 * The reading-order pass: it reads a finished page drawing and adds what text extractors that order a page's text by
 * its geometry alone (poppler's pdftotext and the tools built on it) need to read every article whole and in order.
 * The layout is decided before, by layout rules alone; this pass moves nothing and adds no ink. See the package
 * documentation for the extractor's rules that each mark answers.
 *
 * <ul>
 *   <li>a {@link ReadingBreak} between the furniture (masthead or running head) and the body, and along every
 *       horizontal rule between modules;</li>
 *   <li>an inset headline's bar: a reading break across the headline's columns in its block's first line;</li>
 *   <li>a {@link PhotoStandIn} over every photo, and over the gap line above a photo that stands under text;</li>
 *   <li>a missing photo's placeholder label (an artifact inside the photo's box) is read as nothing;</li>
 *   <li>every line's box ends {@value #LINE_END_INSET} pt short of its measure (see {@link TextMark#boxInset}), a
 *       下转 line's box an em short, so two columns over two notes do not line up as a table.</li>
 * </ul>
 *
 * <p>Each mark goes right after the marks it belongs to (the furniture, the headline, the photo, the rule), so the
 * page's text is still written in reading order.
 */
public final class ReadingMarks {

    /**
     * How far short of its measure a line's box ends for an extractor, in pt. poppler keeps two columns apart only
     * while the gap between them is not less than one em of their text, and the layouts' gutter is exactly one em
     * of the body: the test was a tie that the rounding of each line's glyph positions decided, and now and then
     * joined two columns into one block, read across line by line.
     */
    static final double LINE_END_INSET = 0.02;
    /** How far outside a photo's box a mark's anchor may stand and still count as the photo's, in pt. */
    private static final float SLACK = 0.01f;

    private final TextStyle style;
    private final PageGeometry g;
    private final GridPoints at;

    /** @param styles the styles of the grid the page was set on: its geometry, and its body face for the marks */
    public ReadingMarks(StyleBook styles) {
        this.style = styles.text(Role.BODY);
        this.g = styles.spec().geometry();
        this.at = new GridPoints(g);
    }

    /** The page with the marks for extractors added; {@code plan} is the plan it was drawn from. */
    public PageDrawing addTo(PageDrawing page, PagePlan plan) {
        List<Mark> marks = page.marks();
        List<Insert> inserts = new ArrayList<>();
        Set<Integer> unread = new HashSet<>();
        int body = bodyStart(marks, plan);
        // between the furniture and the body, so the masthead or running head is read whole before the first article
        inserts.add(new Insert(body, across(0, plan.columns(), at.lineTop(plan.bodyTop()) - at.gap() / 2f)));
        for (Module m : plan.modules()) {
            int head = afterHead(marks, m);
            if (m.lines() == 0 || head < 0) {
                continue;
            }
            if (m.headSpan() < m.span()) {
                // centred on the block's first line, far enough under a reading break on the gap line above to stay
                // a block of its own
                float y = at.lineTop(m.line()) + g.linePitch() / 2f;
                inserts.add(new Insert(head, across(m.headCol(), m.headSpan(), y)));
            }
            if (m.photo() != null) {
                List<Integer> inBox = inPhoto(marks, m.photo());
                for (int i : inBox) {
                    if (marks.get(i) instanceof TextMark t && t.tag().kind() == Tag.Kind.ARTIFACT) {
                        unread.add(i);
                    }
                }
                inserts.add(new Insert(inBox.isEmpty() ? head : inBox.get(inBox.size() - 1) + 1, standIn(m)));
            }
        }
        for (Rule r : plan.rules()) {
            int i = ruleAt(marks, r);
            if (r.horizontal() && i >= 0) {
                inserts.add(new Insert(i + 1, across(r.col(), r.span(), ruleY(r))));
            }
        }
        return new PageDrawing(page.number(), page.trimWidth(), page.trimHeight(), page.bleed(),
                merge(marks, inserts, unread), page.title());
    }

    /** Marks to put in before the drawing's mark {@code at} (or at its end). */
    private record Insert(int at, List<TextMark> marks) {
    }

    /** The index of the body's first mark: a module's or a rule's; the end when the page has none. */
    private int bodyStart(List<Mark> marks, PagePlan plan) {
        int first = marks.size();
        for (int i = 0; i < marks.size() && first == marks.size(); i++) {
            if (tag(marks.get(i)).inArticle()) {
                first = i;
            }
        }
        for (Module m : plan.modules()) {
            if (m.photo() != null && m.lines() > 0) {
                first = inPhoto(marks, m.photo()).stream().reduce(first, Math::min);
            }
        }
        for (Rule r : plan.rules()) {
            int i = ruleAt(marks, r);
            first = i >= 0 ? Math.min(first, i) : first;
        }
        return first;
    }

    /**
     * The index after a module's headline block: after its last headline mark, else (no line of it shown) at the
     * module's first mark; -1 when the drawing holds nothing of the module.
     */
    private static int afterHead(List<Mark> marks, Module m) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < marks.size(); i++) {
            Tag tag = tag(marks.get(i));
            if (tag.article() != m.article()) {
                continue;
            }
            first = first < 0 ? i : first;
            if (tag.kind() == Tag.Kind.HEADLINE || tag.kind() == Tag.Kind.HEAD_PART) {
                last = i;
            }
        }
        return last >= 0 ? last + 1 : first;
    }

    /** The indices of the marks that stand in a photo's box (pictures, a placeholder and its label), in order. */
    private List<Integer> inPhoto(List<Mark> marks, PhotoSlot slot) {
        float x = at.colX(slot.col());
        float y = at.lineTop(slot.line());
        float w = at.spanWidth(slot.span());
        float h = slot.lines() * g.linePitch() - at.gap();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            float[] p = anchor(marks.get(i));
            if (p != null && p[0] >= x - SLACK && p[0] <= x + w + SLACK && p[1] >= y - SLACK && p[1] <= y + h + SLACK) {
                out.add(i);
            }
        }
        return out;
    }

    /** A mark's anchor: a picture's or box's top-left corner, a line's middle on its baseline; null for rules. */
    private static float[] anchor(Mark mark) {
        if (mark instanceof ImageMark im) {
            return new float[] {im.x(), im.y()};
        }
        if (mark instanceof BoxMark b) {
            return new float[] {b.x(), b.y()};
        }
        if (mark instanceof TextMark t) {
            return new float[] {t.x() + t.line().width() / 2f, t.baseline()};
        }
        return null;
    }

    /** The index of a plan rule's mark in the drawing, or -1. */
    private int ruleAt(List<Mark> marks, Rule r) {
        float x = r.horizontal() ? at.colX(r.col()) : at.colX(r.col()) - g.gutter() / 2f;
        float y = r.horizontal() ? ruleY(r) : at.lineTop(r.line());
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i) instanceof RuleMark rm && rm.x0() == x && rm.y0() == y
                    && (rm.y1() == y) == r.horizontal()) {
                return i;
            }
        }
        return -1;
    }

    /** Where a horizontal rule runs: the middle of its grid line's type. */
    private float ruleY(Rule r) {
        return at.lineTop(r.line()) + g.bodySize() / 2f;
    }

    /** A reading break over {@code span} columns from {@code col}, centred on {@code y}; none without the glyph. */
    private List<TextMark> across(int col, int span, float y) {
        TextMark mark = ReadingBreak.across(style, at.colX(col), at.spanWidth(span), y);
        return mark == null ? List.of() : List.of(mark);
    }

    /** The stand-in over a module's photo; under text it covers the gap line too, so no strip of paper is left. */
    private List<TextMark> standIn(Module m) {
        PhotoSlot slot = m.photo();
        float x = at.colX(slot.col());
        float y = at.lineTop(slot.line());
        float h = slot.lines() * g.linePitch() - at.gap();
        float from = m.photoUnderText() ? at.lineTop(slot.line() - 1) : y;
        return PhotoStandIn.over(style, x, from, at.spanWidth(slot.span()), y + h - from);
    }

    /** The drawing's marks with the inserts in place, the {@code unread} ones read as nothing, every line inset. */
    private static List<Mark> merge(List<Mark> marks, List<Insert> inserts, Set<Integer> unread) {
        List<Insert> sorted = new ArrayList<>(inserts);
        sorted.sort(Comparator.comparingInt(Insert::at));
        List<Mark> out = new ArrayList<>(marks.size() + 64);
        int next = 0;
        for (int i = 0; i <= marks.size(); i++) {
            for (; next < sorted.size() && sorted.get(next).at() == i; next++) {
                for (TextMark t : sorted.get(next).marks()) {
                    out.add(t.withBoxInset(LINE_END_INSET));
                }
            }
            if (i == marks.size()) {
                break;
            }
            Mark mark = marks.get(i);
            if (mark instanceof TextMark t) {
                out.add((unread.contains(i) ? t.readAs("") : t).withBoxInset(boxInset(t)));
            } else {
                out.add(mark);
            }
        }
        return out;
    }

    /**
     * How far short of its measure a line's box ends: {@value #LINE_END_INSET} pt, and an em of its own size for a
     * 下转 line (its closing bracket's advance: the glyph and its ink stay where they are). The note is smaller than the body, so it is a block of its own under its column, flush with the
     * column's right edge; beside another module's column ending on the same line with a note of its own, the two
     * columns over the two notes line up as a table (edges within 0.3 em of the smallest text) and both notes are
     * read after both columns, cutting the jumping paragraph off from its 下转. An em breaks the line-up (half an
     * em did not, with pdftotext 22.12).
     */
    static double boxInset(TextMark t) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        boolean note = t.tag().inArticle() && !glyphs.isEmpty() && t.line().text().startsWith(GalleySetter.JUMP_OPEN);
        return note ? glyphs.get(0).size() : LINE_END_INSET;
    }

    private static Tag tag(Mark mark) {
        return mark instanceof TextMark t ? t.tag() : mark instanceof VerticalTextMark v ? v.tag()
                : mark instanceof ImageMark im ? im.tag() : Tag.ARTIFACT;
    }
}
