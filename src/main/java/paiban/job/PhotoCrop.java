package paiban.job;

import java.io.IOException;
import java.nio.file.Path;
import paiban.compose.PhotoSlot;
import paiban.galley.ArticleGalley;
import paiban.page.ImageMark;
import paiban.render.PhotoFile;
import paiban.spec.PageGeometry;

/**
 * How a photo file was really cropped on its page: the file's own width over height (as shown, EXIF orientation
 * applied) against the box it printed in. The renderer crops around the centre, so {@link #aspectChange} is the
 * share of the picture's aspect that was cut away (positive: top and bottom, negative: the sides).
 *
 * @param file the file as the issue names it (relative to the folder when it lies under it)
 */
public record PhotoCrop(String file, double fileAspect, double printedAspect, double widthMm, double heightMm) {

    private static final double MM = 72 / 25.4;

    /** The crop of one placed photo, read from its file's header. */
    static PhotoCrop of(ImageMark im, Path base) throws IOException {
        Path f = im.file();
        String name = base != null && f.toAbsolutePath().normalize().startsWith(base)
                ? base.relativize(f.toAbsolutePath().normalize()).toString() : f.toString();
        return new PhotoCrop(name.replace('\\', '/'), PhotoFile.header(f).aspect(), im.width() / (double) im.height(),
                im.width() / MM, im.height() / MM);
    }

    /**
     * A module's photo slot against the aspect the page maker planned it at (the stated one, else the file's; stacked
     * photos: width over their summed heights), less one: the report's {@code aspectChange} of the module's photo.
     * The picture is the slot less its air (the gap line's, the space between stacked photos).
     */
    static double slotChange(PhotoSlot slot, ArticleGalley galley, PageGeometry g) {
        double width = g.spanWidth(slot.span());
        double height = slot.lines() * g.linePitch() - galley.photoAir();
        return (width / height) / galley.photoAspect() - 1;
    }

    /** Printed aspect over the file's, less one. */
    public double aspectChange() {
        return printedAspect / fileAspect - 1;
    }
}
