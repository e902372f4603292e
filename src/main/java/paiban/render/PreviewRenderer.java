package paiban.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the first page of a finished PDF to a PNG with PDFBox, so a desk can look at the page without a viewer. */
public final class PreviewRenderer {

    private PreviewRenderer() {
    }

    /** Renders the page as PNG onto a stream (standard output, or a file the caller writes safely). */
    public static void png(byte[] pdf, int page, float dpi, java.io.OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("the Java runtime has no PNG writer");
            }
        }
    }

    public static void png(byte[] pdf, int page, float dpi, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
            AtomicFile.write(out, os -> ImageIO.write(img, "png", os));
        }
    }
}
