package paiban.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A logo file a layout names: a PDF (its first page, placed as a form so it stays vector) or an image. Read once
 * when the layout is loaded, so a missing or damaged file is the layout's error, and its shape is known.
 *
 * @param aspect width over height of the PDF's first page (its crop box) or of the image
 */
public record Artwork(Path file, boolean pdf, double aspect) {

    /** The artwork in {@code file}; an {@link IOException} says why it cannot be used. */
    public static Artwork read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                if (doc.getNumberOfPages() == 0) {
                    throw new IOException("is a PDF without pages");
                }
                PDRectangle box = doc.getPage(0).getCropBox();
                return new Artwork(file, true, box.getWidth() / box.getHeight());
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("is neither a PDF nor an image (PNG, JPEG)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new Artwork(file, false, (double) r.getWidth(0) / r.getHeight(0));
            } finally {
                r.dispose();
            }
        }
    }
}
