package paiban.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * A logo file a layout names: a PDF (its first page, placed as a form so it stays vector) or an image. Read once
 * when the layout is loaded, so a missing or damaged file is the layout's error, and its shape is known. A PDF that
 * draws in RGB is refused: the page it goes on is PDF/X-1a, CMYK and grey only (an image logo is separated).
 *
 * @param aspect width over height of the PDF's first page (its crop box) or of the image
 */
public record Artwork(Path file, boolean pdf, double aspect) {

    /** Whether the page's content sets an RGB colour or its resources name an RGB colour space (checked one level). */
    private static boolean usesRgb(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && (op.getName().equals("rg") || op.getName().equals("RG"))) {
                return true;
            }
        }
        PDResources res = page.getResources();
        if (res == null) {
            return false;
        }
        for (COSName name : res.getColorSpaceNames()) {
            if (res.getColorSpace(name) instanceof PDDeviceRGB) {
                return true;
            }
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject img && img.getColorSpace() instanceof PDDeviceRGB) {
                return true;
            }
        }
        return false;
    }

    /** The artwork in {@code file}; an {@link IOException} says why it cannot be used. */
    public static Artwork read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                if (doc.getNumberOfPages() == 0) {
                    throw new UnusableFile(Message.of("logo.no-pages"));
                }
                PDRectangle box = doc.getPage(0).getCropBox();
                if (usesRgb(doc.getPage(0))) {
                    throw new UnusableFile(Message.of("logo.rgb"));
                }
                return new Artwork(file, true, box.getWidth() / box.getHeight());
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnusableFile(Message.of("logo.format"));
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
