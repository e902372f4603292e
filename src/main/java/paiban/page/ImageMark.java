package paiban.page;

import java.nio.file.Path;

/**
 * A photo file placed in a box; the renderer crops it to the box's aspect around its centre. {@code colour}: the
 * page prints in colour, so a colour photo is separated into CMYK (else it prints in black alone).
 */
public record ImageMark(Path file, float x, float y, float width, float height, Tag tag, boolean colour)
        implements Mark {

    public ImageMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }

    public ImageMark(Path file, float x, float y, float width, float height, Tag tag) {
        this(file, x, y, width, height, tag, false);
    }

    public ImageMark(Path file, float x, float y, float width, float height) {
        this(file, x, y, width, height, Tag.ARTIFACT, false);
    }

    /** The same mark on a page printed in colour (or not). */
    public ImageMark inColour(boolean c) {
        return new ImageMark(file, x, y, width, height, tag, c);
    }
}
