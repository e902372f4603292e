package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.UserError;
import paiban.model.AdMessages;
import paiban.model.AdSlot;
import paiban.model.Page;
import paiban.spec.LayoutSpec;
import paiban.spec.PageGeometry;

/**
 * Puts a page's booked advertisement blocks on its grid: a 通栏 or 半通栏 at the foot, a corner block in its corner
 * of the body area (under the masthead or 报眉), a 报眼 at the right of the masthead beside the paper's name. A size in
 * millimetres is rounded up to whole columns and grid lines. A block the page cannot hold is the user's error, named
 * by its {@code ad:} line: wider than the page, deeper than the body area, over another block, or a 报眼 on a page
 * without a masthead.
 */
public final class AdPlaces {

    /** A 报眼 may take at most this share of the type area's width: the paper's name needs the rest. */
    static final float EAR_SHARE = 1f / 3f;

    private AdPlaces() {
    }

    /**
     * @param furnitureLines grid lines above the body area (the masthead on the front page, the 报眉 inside)
     */
    public static List<AdPlace> of(Page page, LayoutSpec spec, boolean front, int furnitureLines) {
        List<AdPlace> out = new ArrayList<>();
        for (AdSlot ad : page.info().ads()) {
            AdPlace p = ad.kind() == AdSlot.Kind.EAR ? ear(ad, spec, front, page.number())
                    : body(ad, spec.geometry(), furnitureLines);
            for (AdPlace q : out) {
                if (p.overlaps(q)) {
                    throw new UserError(ad.message(AdMessages.overlaps(q.slot())));
                }
            }
            out.add(p);
        }
        return out;
    }

    private static AdPlace body(AdSlot ad, PageGeometry g, int furnitureLines) {
        int columns = g.columns();
        int span = switch (ad.kind()) {
            case FULL_WIDTH -> ad.columns() > 0 ? ad.columns() : columns;
            case HALF_LEFT, HALF_RIGHT -> ad.columns() > 0 || ad.widthMm() > 0 ? columns(ad, g) : Math.max(1, columns / 2);
            default -> columns(ad, g);
        };
        if (span > columns) {
            throw new UserError(ad.message(AdMessages.tooWide(span, columns)));
        }
        if (ad.kind() == AdSlot.Kind.FULL_WIDTH) {
            span = columns; // a 通栏 is the page's width whatever its size says
        }
        int lines = ad.lines(g.linePitch());
        int room = g.lines() - furnitureLines - 1; // one grid line stays between the block and the articles
        if (lines > room) {
            throw new UserError(ad.message(AdMessages.tooDeep(lines, room)));
        }
        int col = ad.kind().right() ? columns - span : 0;
        int line = ad.kind().top() ? furnitureLines : g.lines() - lines;
        GridPoints at = new GridPoints(g);
        return new AdPlace(ad, at.colX(col), at.lineTop(line), g.spanWidth(span),
                lines * g.linePitch() - at.gap(), col, line, span, lines);
    }

    /** Whole columns at least as wide as the width given in millimetres, or the columns given. */
    private static int columns(AdSlot ad, PageGeometry g) {
        if (ad.columns() > 0) {
            return ad.columns();
        }
        float w = ad.widthMm() * 72 / 25.4f;
        int n = 1;
        while (n < 99 && g.spanWidth(n) < w - 0.01f) {
            n++;
        }
        return n;
    }

    /** The 报眼: at the right of the masthead above its band, centred in that height. */
    private static AdPlace ear(AdSlot ad, LayoutSpec spec, boolean front, int number) {
        if (!front) {
            throw new UserError(ad.message(AdMessages.earWithoutMasthead(number)));
        }
        PageGeometry g = spec.geometry();
        float width = earWidth(ad, g);
        float height = ad.height(g.linePitch());
        float upper = (spec.mastheadLines() - Masthead.BAND_LINES) * g.linePitch();
        if (height > upper + 0.01f) {
            throw new UserError(ad.message(AdMessages.earTooTall(height, upper)));
        }
        if (width > g.typeAreaWidth() * EAR_SHARE + 0.01f) {
            throw new UserError(ad.message(AdMessages.earTooWide(width, g.typeAreaWidth() * EAR_SHARE)));
        }
        float x = g.marginLeft() + g.typeAreaWidth() - width;
        float y = g.marginTop() + (upper - height) / 2f;
        return new AdPlace(ad, x, y, width, height, 0, 0, 0, 0);
    }

    /** The 报眼's width in points: as given in millimetres, else its columns'. */
    static float earWidth(AdSlot ad, PageGeometry g) {
        return ad.widthMm() > 0 ? ad.widthMm() * 72 / 25.4f : g.spanWidth(ad.columns());
    }

    /** The width a page's 报眼 takes at the right of the masthead, or 0 when it books none. */
    static float earWidth(paiban.model.PageInfo page, PageGeometry g) {
        return (float) page.ads().stream().filter(a -> a.kind() == AdSlot.Kind.EAR)
                .mapToDouble(a -> earWidth(a, g)).max().orElse(0);
    }

}
