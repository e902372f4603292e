package paiban.flow;

import java.util.ArrayList;
import java.util.List;
import paiban.compose.Booking;
import paiban.compose.FreeArea;
import paiban.compose.PageMaker;
import paiban.model.Page;
import paiban.page.AdPlace;
import paiban.page.AdPlaces;
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
        return maker(front, List.of());
    }

    private PageMaker maker(boolean front, List<AdPlace> places) {
        PageGeometry g = geometry();
        return new PageMaker(g.columns(), assembler.furnitureLines(front), bodyLines(front, places),
                g.columnWidth(), g.gutter(), g.linePitch());
    }

    /**
     * The page maker for the body area round the advertisement blocks the page books: a block across the foot only
     * shortens the area, the others are cells the articles are composed around ({@link FreeArea}). A block the page
     * cannot hold is the user's error, named by its {@code ad:} line.
     */
    public FreeArea area(boolean front, Page page) {
        PageGeometry g = geometry();
        int top = assembler.furnitureLines(front);
        List<AdPlace> places = AdPlaces.of(page, spec, front, top);
        List<Booking> bookings = new ArrayList<>();
        for (AdPlace p : places) {
            if (p.inBody() && !p.fullWidthFoot(g.columns())) {
                bookings.add(new Booking(p.col(), p.line() - top, p.span(), p.lines()));
            }
        }
        return new FreeArea(maker(front, places), bookings);
    }

    /** The column-lines of the body area the page's articles may take: all but those its ads book. */
    long freeColumnLines(boolean front, Page page) {
        PageGeometry g = geometry();
        List<AdPlace> places = AdPlaces.of(page, spec, front, assembler.furnitureLines(front));
        long free = (long) g.columns() * bodyLines(front, places);
        for (AdPlace p : places) {
            if (p.inBody() && !p.fullWidthFoot(g.columns())) {
                free -= (long) p.span() * (p.lines() + 1);
            }
        }
        return Math.max(g.columns(), free);
    }

    /** The body area's lines under the page's furniture and over a block across its foot, with its gap line. */
    private int bodyLines(boolean front, List<AdPlace> places) {
        PageGeometry g = geometry();
        int booked = 0;
        for (AdPlace p : places) {
            if (p.fullWidthFoot(g.columns())) {
                booked = Math.max(booked, p.lines() + 1); // the block and the gap line over it
            }
        }
        return Math.max(1, g.lines() - assembler.furnitureLines(front) - booked);
    }
}
