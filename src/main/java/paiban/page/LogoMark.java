package paiban.page;

import paiban.spec.Artwork;

/**
 * A logo placed in a box of its own shape: the paper's name or a section's, drawn from the layout's artwork (a PDF
 * page stays vector). {@code text} is the name it stands for, what a reader's text extraction and the structure
 * tree give for it. {@code colour}: the page prints in colour (an image logo is separated, else printed in black).
 */
public record LogoMark(Artwork artwork, float x, float y, float width, float height, String text, boolean colour)
        implements Mark {

    /** The logo of {@code artwork} at most {@code maxWidth} × {@code maxHeight}, its shape kept, top left at (x, y). */
    static LogoMark fitted(Artwork artwork, float x, float y, float maxWidth, float maxHeight, String text) {
        float h = maxHeight;
        float w = (float) (h * artwork.aspect());
        if (w > maxWidth) {
            w = maxWidth;
            h = (float) (w / artwork.aspect());
        }
        return new LogoMark(artwork, x, y, w, h, text, false);
    }

    LogoMark at(float nx, float ny) {
        return new LogoMark(artwork, nx, ny, width, height, text, colour);
    }

    LogoMark inColour(boolean c) {
        return new LogoMark(artwork, x, y, width, height, text, c);
    }
}
