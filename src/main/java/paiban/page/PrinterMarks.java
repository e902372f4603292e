package paiban.page;

import java.util.ArrayList;
import java.util.List;
import paiban.galley.StyleBook;
import paiban.spec.Cmyk;
import paiban.spec.Length;
import paiban.spec.Role;
import paiban.text.Line;

/**
 * The slug area a page gets with {@code --marks}: a band {@link #SLUG} wide outside the bleed on every side that
 * holds crop marks, registration marks and the slug line. The renderer draws the crop and registration marks (pure
 * geometry, in every ink); the slug line is set here because it is text.
 */
public final class PrinterMarks {

    /** Width of the slug area beyond the bleed edge, on every side. */
    public static final float SLUG = 12 * Length.MM;
    /** Crop marks start this far outside the bleed edge (so no mark reaches into the bleed) … */
    public static final float CROP_GAP = 1 * Length.MM;
    /** … and are this long. */
    public static final float CROP_LENGTH = 6 * Length.MM;
    /** Registration targets: centre this far outside the bleed edge, this radius. */
    public static final float TARGET_DISTANCE = 5 * Length.MM;
    public static final float TARGET_RADIUS = 2.5f * Length.MM;
    /** The slug line's baseline, below the bleed edge at the foot. */
    public static final float SLUG_BASELINE = 10 * Length.MM;

    private final StyleBook styles;
    private final DisplayText text = new DisplayText();

    public PrinterMarks(StyleBook styles) {
        this.styles = styles;
    }

    /** The drawing with the slug line added under the page's foot, outside trim and bleed, left-aligned to the trim. */
    public PageDrawing withSlug(PageDrawing page, String slug) {
        Line line = text.line(slug, styles.text(Role.FOLIO));
        List<Mark> marks = new ArrayList<>(page.marks());
        // Starts right of the bottom-left crop marks.
        float x = CROP_LENGTH + CROP_GAP;
        marks.add(new TextMark(line, x, page.trimHeight() + page.bleed() + SLUG_BASELINE, Cmyk.BLACK, Tag.ARTIFACT));
        return new PageDrawing(page.number(), page.trimWidth(), page.trimHeight(), page.bleed(), marks, page.title());
    }
}
