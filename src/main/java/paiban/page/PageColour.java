package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.model.Page;
import paiban.spec.LayoutSpec;

/**
 * Whether a page prints in colour: as the page says ({@code colour:} under its heading), else as its layout says
 * ({@code colour: true}). On a colour page colour photos are separated into CMYK; text stays in black alone.
 */
public final class PageColour {

    private PageColour() {
    }

    public static boolean of(LayoutSpec spec, Page page) {
        Boolean own = page.info() == null ? null : page.info().colour();
        return own != null ? own : spec.output().colour();
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
