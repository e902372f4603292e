package paiban.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Advertisement files the tests make for themselves: a clean vector ad in CMYK, and ads a PDF/X-1a preflight refuses
 * (a font not embedded, RGB colour, transparency), and an image ad.
 */
final class AdFiles {

    enum Flaw { NONE, UNEMBEDDED_FONT, RGB, SOFT_MASK, ALPHA }

    private AdFiles() {
    }

    /** A {@code width} × {@code height} pt one-page PDF: a CMYK frame and bars, with {@code flaw} added. */
    static Path pdf(Path file, float width, float height, Flaw flaw) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0f, 1f, 1f, 0f); // M100 Y100: 套红
                cs.addRect(4, 4, width - 8, height / 3);
                cs.fill();
                cs.setStrokingColor(0f, 0f, 0f, 1f);
                cs.setLineWidth(2);
                cs.addRect(1, 1, width - 2, height - 2);
                cs.stroke();
                cs.setNonStrokingColor(1f, 0.5f, 0f, 0.2f);
                cs.moveTo(width / 2, height - 6);
                cs.lineTo(width - 10, height / 2);
                cs.lineTo(10, height / 2);
                cs.closePath();
                cs.fill();
                switch (flaw) {
                    case UNEMBEDDED_FONT -> {
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        cs.newLineAtOffset(10, height / 2 + 4);
                        cs.showText("BANK");
                        cs.endText();
                    }
                    case RGB -> {
                        cs.setNonStrokingColor(0.2f, 0.4f, 0.9f);
                        cs.addRect(10, 10, 20, 20);
                        cs.fill();
                    }
                    case SOFT_MASK, ALPHA -> {
                        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                        if (flaw == Flaw.ALPHA) {
                            gs.setNonStrokingAlphaConstant(0.5f);
                        } else {
                            gs.getCOSObject().setItem(COSName.SMASK, luminosityMask());
                        }
                        cs.setGraphicsStateParameters(gs);
                        cs.addRect(10, 10, 20, 20);
                        cs.fill();
                    }
                    default -> {
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A soft-mask dictionary (/Type /Mask /S /Luminosity); its group is left out, the key is what a preflight sees. */
    private static org.apache.pdfbox.cos.COSDictionary luminosityMask() {
        org.apache.pdfbox.cos.COSDictionary d = new org.apache.pdfbox.cos.COSDictionary();
        d.setItem(COSName.TYPE, COSName.MASK);
        d.setItem(COSName.S, COSName.LUMINOSITY);
        return d;
    }

    /** A {@code w} × {@code h} pixel PNG: a grey gradient with a dark frame. */
    static Path png(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean frame = x < 3 || y < 3 || x >= w - 3 || y >= h - 3;
                int v = frame ? 30 : 80 + 150 * x / w;
                img.setRGB(x, y, (v << 16) | ((v / 2 + 60) << 8) | 200);
            }
        }
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
