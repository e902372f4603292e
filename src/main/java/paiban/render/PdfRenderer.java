package paiban.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import paiban.font.Face;
import paiban.page.BoxMark;
import paiban.page.ImageMark;
import paiban.page.Mark;
import paiban.page.PageDrawing;
import paiban.page.RuleMark;
import paiban.page.TextMark;
import paiban.text.PlacedGlyph;

/**
 * Draws page drawings into one PDF. It makes no layout decision: every glyph, rule and box is where the drawing
 * says. Page size is trim plus bleed on every side, with TrimBox and BleedBox; text and rules are in DeviceCMYK.
 * The document ID is a hash of the content, so the same input gives the same bytes.
 */
public final class PdfRenderer {

    private final FontEmbedder embedder;

    public PdfRenderer(FontEmbedder embedder) {
        this.embedder = embedder;
    }

    public byte[] render(List<PageDrawing> pages, String title) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Map<Face, String> fontNames = new IdentityHashMap<>();
            Map<Face, SortedMap<Integer, String>> used = new IdentityHashMap<>();
            List<Face> order = new ArrayList<>();
            for (PageDrawing p : pages) {
                for (Mark m : p.marks()) {
                    if (m instanceof TextMark t) {
                        for (PlacedGlyph g : t.line().glyphs()) {
                            SortedMap<Integer, String> map = used.get(g.face());
                            if (map == null) {
                                map = new TreeMap<>();
                                used.put(g.face(), map);
                                order.add(g.face());
                                fontNames.put(g.face(), "F" + order.size());
                            }
                            map.putIfAbsent(g.glyphId(), g.text());
                        }
                    }
                }
            }
            Map<Face, COSDictionary> fonts = new IdentityHashMap<>();
            for (Face f : order) {
                fonts.put(f, embedder.embed(doc, f, used.get(f)));
            }
            Map<Path, PDImageXObject> images = new HashMap<>();
            MessageDigest digest = md5();
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            for (PageDrawing p : pages) {
                doc.addPage(page(doc, p, fonts, fontNames, images, digest));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("paiban");
            byte[] id = digest.digest();
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Writes a throw-away one-page PDF showing one glyph of each face, and discards it. A cold JVM spends most of its
     * first render loading and linking PDFBox, parsing each face's CFF and running the subsetter in the interpreter;
     * a layout job calls this on a second thread while it typesets, so {@link #render} later finds all that done.
     * The real document does not depend on it in any way.
     */
    public void warmUp(List<? extends Face> faces) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources res = new PDResources();
            COSDictionary fontDict = new COSDictionary();
            int n = 0;
            for (Face f : faces) {
                int gid = f.glyphId(0x56FD); // 国
                if (gid == 0) {
                    continue;
                }
                SortedMap<Integer, String> one = new TreeMap<>();
                one.put(gid, "国");
                fontDict.setItem(COSName.getPDFName("F" + (++n)), embedder.embed(doc, f, one));
            }
            res.getCOSObject().setItem(COSName.FONT, fontDict);
            PDPage page = new PDPage(new PDRectangle(100, 100));
            page.setResources(res);
            PDStream stream = new PDStream(doc);
            ContentWriter cw = new ContentWriter();
            cw.fill(paiban.spec.Cmyk.BLACK);
            cw.op("BT /F1 " + ContentWriter.num(9.5) + " Tf [<" + ContentWriter.hex(1) + ">] TJ ET");
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(cw.bytes());
            }
            page.setContents(stream);
            doc.addPage(page);
            md5().update(cw.bytes());
            doc.save(OutputStream.nullOutputStream());
        }
    }

    /** The document ID is a digest of the content streams instead of PDFBox's time-based one. */
    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PDPage page(PDDocument doc, PageDrawing p, Map<Face, COSDictionary> fonts, Map<Face, String> fontNames,
                        Map<Path, PDImageXObject> images, MessageDigest digest) throws IOException {
        float b = p.bleed();
        PDRectangle media = new PDRectangle(p.trimWidth() + 2 * b, p.trimHeight() + 2 * b);
        PDPage page = new PDPage(media);
        page.setBleedBox(new PDRectangle(0, 0, media.getWidth(), media.getHeight()));
        page.setTrimBox(new PDRectangle(b, b, p.trimWidth(), p.trimHeight()));
        PDResources res = new PDResources();
        COSDictionary fontDict = new COSDictionary();
        ContentWriter cw = new ContentWriter();
        Map<Face, Boolean> onPage = new LinkedHashMap<>();
        int imageNo = 0;
        for (Mark m : p.marks()) {
            if (m instanceof TextMark t) {
                text(cw, t, p, fontNames, onPage);
            } else if (m instanceof RuleMark r) {
                cw.stroke(r.color());
                cw.op(ContentWriter.num(r.weight()) + " w");
                cw.op(x(p, r.x0()) + " " + y(p, r.y0()) + " m " + x(p, r.x1()) + " " + y(p, r.y1()) + " l S");
            } else if (m instanceof BoxMark bx) {
                String rect = x(p, bx.x()) + " " + y(p, bx.y() + bx.height()) + " " + ContentWriter.num(bx.width()) + " "
                        + ContentWriter.num(bx.height()) + " re";
                if (bx.fill() != null) {
                    cw.fill(bx.fill());
                    cw.op(rect + " f");
                }
                if (bx.stroke() != null) {
                    cw.stroke(bx.stroke());
                    cw.op(ContentWriter.num(bx.strokeWeight()) + " w");
                    cw.op(rect + " S");
                }
            } else if (m instanceof ImageMark im) {
                PDImageXObject img = image(doc, im, images);
                String name = "Im" + (++imageNo);
                COSDictionary xo = (COSDictionary) res.getCOSObject().getDictionaryObject(COSName.XOBJECT);
                if (xo == null) {
                    xo = new COSDictionary();
                    res.getCOSObject().setItem(COSName.XOBJECT, xo);
                }
                xo.setItem(COSName.getPDFName(name), img.getCOSObject());
                cw.op("q " + ContentWriter.num(im.width()) + " 0 0 " + ContentWriter.num(im.height()) + " "
                        + x(p, im.x()) + " " + y(p, im.y() + im.height()) + " cm /" + name + " Do Q");
            }
        }
        for (Face f : onPage.keySet()) {
            fontDict.setItem(COSName.getPDFName(fontNames.get(f)), fonts.get(f));
        }
        res.getCOSObject().setItem(COSName.FONT, fontDict);
        page.setResources(res);
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(cw.bytes());
            digest.update(cw.bytes());
        }
        page.setContents(stream);
        return page;
    }

    /** One BT…ET per run of glyphs in the same face and size; TJ offsets carry every glyph to its exact place. */
    private static void text(ContentWriter cw, TextMark t, PageDrawing p, Map<Face, String> names, Map<Face, Boolean> onPage) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        cw.fill(t.color());
        int i = 0;
        while (i < glyphs.size()) {
            PlacedGlyph first = glyphs.get(i);
            onPage.put(first.face(), Boolean.TRUE);
            StringBuilder sb = new StringBuilder();
            sb.append("BT /").append(names.get(first.face())).append(' ').append(ContentWriter.num(first.size()))
                    .append(" Tf 1 0 0 1 ").append(x(p, t.x() + first.x())).append(' ').append(y(p, t.baseline()))
                    .append(" Tm [<");
            float pen = first.x();
            int j = i;
            while (j < glyphs.size() && glyphs.get(j).face() == first.face() && glyphs.get(j).size() == first.size()) {
                PlacedGlyph g = glyphs.get(j);
                float shift = g.x() - pen;
                if (Math.abs(shift) > 0.0005f) {
                    sb.append("> ").append(ContentWriter.num(-shift * 1000f / g.size())).append(" <");
                }
                sb.append(ContentWriter.hex(g.glyphId()));
                pen = g.x() + g.face().advance(g.glyphId()) * g.size() / g.face().unitsPerEm();
                j++;
            }
            sb.append(">] TJ ET");
            cw.op(sb.toString());
            i = j;
        }
    }

    private static PDImageXObject image(PDDocument doc, ImageMark im, Map<Path, PDImageXObject> cache) throws IOException {
        PDImageXObject cached = cache.get(im.file());
        if (cached != null) {
            return cached;
        }
        BufferedImage src = ImageIO.read(im.file().toFile());
        if (src == null) {
            throw new IOException(im.file() + ": not a readable JPEG or PNG image");
        }
        // Crop to the box's aspect around the centre, then grey: the page is printed in black.
        double box = im.width() / im.height();
        int w = src.getWidth();
        int h = src.getHeight();
        int cw = w;
        int ch = h;
        if ((double) w / h > box) {
            cw = (int) Math.round(h * box);
        } else {
            ch = (int) Math.round(w / box);
        }
        BufferedImage gray = new BufferedImage(Math.max(1, cw), Math.max(1, ch), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(src, -(w - cw) / 2, -(h - ch) / 2, null);
        g.dispose();
        PDImageXObject img = LosslessFactory.createFromImage(doc, gray);
        cache.put(im.file(), img);
        return img;
    }

    private static String x(PageDrawing p, float x) {
        return ContentWriter.num(p.bleed() + x);
    }

    private static String y(PageDrawing p, float y) {
        return ContentWriter.num(p.bleed() + p.trimHeight() - y);
    }
}
