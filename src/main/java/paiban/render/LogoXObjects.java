package paiban.render;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import paiban.message.Message;
import paiban.message.UnusableFile;
import paiban.page.ImageMark;
import paiban.page.LogoMark;
import paiban.page.Tag;

/**
 * The logos of a document. A PDF logo's first page is imported as a form XObject (PDFBox's LayerUtility), so its
 * paths and type stay vector; an image logo is embedded as a photo is ({@link PhotoXObjects}), uncropped. Each file
 * is imported once; the source PDFs stay open until the document is written.
 */
final class LogoXObjects implements Closeable {

    private final PDDocument doc;
    private final Map<String, PDFormXObject> forms = new HashMap<>();
    private final List<PDDocument> sources = new ArrayList<>();

    LogoXObjects(PDDocument doc) {
        this.doc = doc;
    }

    /**
     * The content-stream operators that draw the logo with its bottom left corner at ({@code x}, {@code y}) in PDF
     * space; {@code names} puts an XObject into the page's resources and gives its name.
     */
    String draw(LogoMark logo, Function<COSBase, String> names, float x, float y, PhotoXObjects photos)
            throws IOException {
        if (!logo.artwork().pdf()) {
            ImageMark im = new ImageMark(logo.artwork().file(), logo.x(), logo.y(), logo.width(), logo.height(),
                    Tag.FURNITURE, logo.colour());
            String name = names.apply(photos.image(im).getCOSObject());
            return "q " + ContentWriter.num(logo.width()) + " 0 0 " + ContentWriter.num(logo.height()) + " "
                    + ContentWriter.num(x) + " " + ContentWriter.num(y) + " cm /" + name + " Do Q";
        }
        PDFormXObject form = form(logo);
        PDRectangle box = form.getBBox();
        float sx = logo.width() / box.getWidth();
        float sy = logo.height() / box.getHeight();
        String name = names.apply(form.getCOSObject());
        return "q " + ContentWriter.num(sx) + " 0 0 " + ContentWriter.num(sy) + " "
                + ContentWriter.num(x - box.getLowerLeftX() * sx) + " " + ContentWriter.num(y - box.getLowerLeftY() * sy)
                + " cm /" + name + " Do Q";
    }

    private PDFormXObject form(LogoMark logo) throws IOException {
        String key = logo.artwork().file().toString();
        PDFormXObject form = forms.get(key);
        if (form == null) {
            PDDocument source;
            try {
                source = Loader.loadPDF(logo.artwork().file().toFile());
            } catch (IOException e) {
                throw new UnusableFile(Message.at(logo.artwork().file(), Message.of("logo.unreadable-pdf", UnusableFile.reasonOf(e))), e);
            }
            sources.add(source);
            form = new LayerUtility(doc).importPageAsForm(source, 0);
            forms.put(key, form);
        }
        return form;
    }

    @Override
    public void close() throws IOException {
        for (PDDocument d : sources) {
            d.close();
        }
    }
}
