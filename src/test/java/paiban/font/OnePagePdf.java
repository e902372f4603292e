package paiban.font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A one-page PDF that shows a few runs of glyphs, each in its own embedded face: the font tests' test bed. */
final class OnePagePdf {

    /** One run: the glyphs of a face (with the text each stands for) at a size, from (x, y) in pt. */
    record Run(Face face, UsedGlyphs used, int[] glyphs, float size, float x, float y) {
    }

    private OnePagePdf() {
    }

    static Path write(Path file, PDRectangle size, List<Run> runs, boolean wholeFont) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            COSDictionary fonts = new COSDictionary();
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                String name = "F" + (i + 1);
                fonts.setItem(COSName.getPDFName(name), PdfFontResource.build(doc, r.face(), r.used().texts(), wholeFont));
                content.append("BT /").append(name).append(' ').append(r.size()).append(" Tf ").append(r.x()).append(' ')
                        .append(r.y()).append(" Td <").append(hex(PdfFontResource.encode(r.face(), r.glyphs())))
                        .append("> Tj ET\n");
            }
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream out = contents.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(file.toFile());
        }
        return file;
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
