package paiban.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** A paper's name as vector artwork: a one-page PDF of CMYK paths, as a designer would hand it over. */
final class VectorLogo {

    private VectorLogo() {
    }

    static void write(Path file) throws IOException {
        write(file, false);
    }

    /** With {@code rgb} the square is filled in RGB, as office software exports: not for a PDF/X-1a page. */
    static void write(Path file, boolean rgb) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage(new PDRectangle(300, 100));
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                if (rgb) {
                    cs.setNonStrokingColor(1f, 0f, 0f);
                } else {
                    cs.setNonStrokingColor(0f, 1f, 1f, 0f);
                }
                cs.addRect(10, 10, 80, 80);
                cs.fill();
                cs.setStrokingColor(0f, 0f, 0f, 1f);
                cs.setLineWidth(12);
                cs.moveTo(100, 10);
                cs.curveTo(150, 120, 200, -20, 290, 90);
                cs.stroke();
            }
            d.save(file.toFile());
        }
    }

    /** Form XObjects in the first page's resources. */
    static int formsDrawn(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            int n = 0;
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDFormXObject) {
                    n++;
                }
            }
            return n;
        }
    }
}
