package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.model.Page;
import paiban.spec.Cmyk;
import paiban.spec.LayoutSpec;

/**
 * Whether a page prints in colour: as the page says ({@code colour:} under its heading), else as its layout says
 * ({@code colour: true}). On a colour page colour photos are separated into CMYK; text stays in black alone.
 *
 * <p>A page that says {@code colour: false} prints in black alone, as it says: it goes to press with the K plate
 * only, so no mark on it may carry C, M or Y. The layout's colours (a column tag or a reversed bar in the masthead
 * colour, a coloured rule) print there as black: type and rules solid K, so they stay sharp, fills as the grey of
 * their colour's darkness, so type set over them can still be read. A page that says nothing keeps the layout's
 * colours (a 套红 front page is K and red without being a colour page for its photos).
 */
public final class PageColour {

    private PageColour() {
    }

    public static boolean of(LayoutSpec spec, Page page) {
        Boolean own = page.info() == null ? null : page.info().colour();
        return own != null ? own : spec.output().colour();
    }

    /** Whether the page says it prints in black alone ({@code colour: false}). */
    public static boolean blackOnly(Page page) {
        return page.info() != null && Boolean.FALSE.equals(page.info().colour());
    }

    /** The marks with every layout colour printed as black (type and rules) or grey (fills). */
    static List<Mark> inBlack(List<Mark> marks) {
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m instanceof TextMark t) {
                out.add(new TextMark(t.line(), t.x(), t.baseline(), solid(t.color()), t.tag(), t.actualText(),
                        t.boxInset()));
            } else if (m instanceof VerticalTextMark v) {
                out.add(new VerticalTextMark(v.line(), v.x(), v.top(), solid(v.color()), v.tag()));
            } else if (m instanceof RuleMark r) {
                out.add(new RuleMark(r.x0(), r.y0(), r.x1(), r.y1(), r.weight(), solid(r.color())));
            } else if (m instanceof BoxMark b) {
                out.add(new BoxMark(b.x(), b.y(), b.width(), b.height(), grey(b.fill()), solid(b.stroke()),
                        b.strokeWeight()));
            } else {
                out.add(m); // photos and logos: PageColour.apply prints them in black on a page not in colour
            }
        }
        return out;
    }

    private static boolean chromatic(Cmyk c) {
        return c != null && (c.c() > 0 || c.m() > 0 || c.y() > 0);
    }

    private static Cmyk solid(Cmyk c) {
        return chromatic(c) ? Cmyk.BLACK : c;
    }

    /** The grey of a colour's darkness: its K, and what its C, M and Y would darken the paper by, weighted by eye. */
    private static Cmyk grey(Cmyk c) {
        if (!chromatic(c)) {
            return c;
        }
        float dark = 0.30f * c.c() + 0.59f * c.m() + 0.11f * c.y();
        return new Cmyk(0, 0, 0, Math.min(1f, c.k() + (1 - c.k()) * dark));
    }

    /** The marks with every image and logo printing in colour or not, as the page does. */
    static List<Mark> apply(List<Mark> marks, boolean colour) {
        if (!colour) {
            return marks;
        }
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            out.add(m instanceof ImageMark im ? im.inColour(true) : m instanceof LogoMark l ? l.inColour(true) : m);
        }
        return out;
    }
}
