package paiban.page;

import java.nio.file.Path;

/** A photo file placed in a box; the renderer crops it to the box's aspect around its centre. */
public record ImageMark(Path file, float x, float y, float width, float height, Tag tag) implements Mark {

    public ImageMark {
        tag = tag == null ? Tag.ARTIFACT : tag;
    }

    public ImageMark(Path file, float x, float y, float width, float height) {
        this(file, x, y, width, height, Tag.ARTIFACT);
    }
}
