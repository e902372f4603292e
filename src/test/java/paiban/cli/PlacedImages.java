package paiban.cli;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Where a PDF page draws its images: each box in PDF points (y up) with the image's pixels and colour space. */
record PlacedImages(List<Box> boxes, float pageHeight) {

    record Box(float x, float y, float width, float height, int pixelsWide, int pixelsHigh, String colourSpace) {
        double aspect() {
            return width / height;
        }
    }

    static PlacedImages of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            List<Box> boxes = new ArrayList<>();
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) throws IOException {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    String cs = image.getColorSpace().getName();
                    boxes.add(new Box(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                            m.getScalingFactorY(), image.getWidth(), image.getHeight(), cs));
                }

                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
            return new PlacedImages(boxes, page.getMediaBox().getHeight());
        }
    }

    /** Image XObjects anywhere in the page's resources, forms included. */
    static int imageXObjects(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return count(doc.getPage(0).getResources());
        }
    }

    private static int count(org.apache.pdfbox.pdmodel.PDResources res) throws IOException {
        int n = 0;
        if (res == null) {
            return 0;
        }
        for (org.apache.pdfbox.cos.COSName name : res.getXObjectNames()) {
            var xo = res.getXObject(name);
            if (xo instanceof PDImageXObject) {
                n++;
            } else if (xo instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                n += count(f.getResources());
            }
        }
        return n;
    }
}
