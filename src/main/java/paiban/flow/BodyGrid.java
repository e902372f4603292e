package paiban.flow;

import paiban.compose.PageMaker;
import paiban.galley.GalleySetter;
import paiban.galley.StyleBook;
import paiban.page.PageAssembler;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;

/**
 * The grid a page is set on, with what sets it there: the layout's own body size, or the larger one it permits
 * for a page too thin to fill its type area at the base size.
 */
public record BodyGrid(LayoutSpec spec, StyleBook styles, GalleySetter setter, PageAssembler assembler) {

    public static BodyGrid of(LayoutSpec spec, StyleBook styles, GalleySetter setter) {
        return new BodyGrid(spec, styles, setter, new PageAssembler(styles));
    }

    public PageGeometry geometry() {
        return spec.geometry();
    }

    /** The page maker for the body area under the page's furniture (masthead on the front page, 报眉 inside). */
    public PageMaker maker(boolean front) {
        return maker(front, null);
    }

    /** The page maker for the body area left over the advertisement block the page books ({@code ad}, or null). */
    public PageMaker maker(boolean front, paiban.model.AdSlot ad) {
        PageGeometry g = geometry();
        return new PageMaker(g.columns(), assembler.furnitureLines(front), bodyLines(front, ad), g.columnWidth(),
                g.gutter(), g.linePitch());
    }

    /** The body area's lines under the page's furniture and over its advertisement block ({@code ad}, or null). */
    int bodyLines(boolean front, paiban.model.AdSlot ad) {
        PageGeometry g = geometry();
        int booked = ad == null ? 0 : ad.lines(g.linePitch()) + 1; // the block and the gap line over it
        return Math.max(1, g.lines() - assembler.furnitureLines(front) - booked);
    }
}
