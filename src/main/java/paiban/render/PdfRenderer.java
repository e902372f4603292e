package paiban.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import paiban.font.Face;
import paiban.page.BoxMark;
import paiban.page.ImageMark;
import paiban.page.LogoMark;
import paiban.page.Mark;
import paiban.page.PageDrawing;
import paiban.page.PrinterMarks;
import paiban.page.RuleMark;
import paiban.page.Tag;
import paiban.page.TextMark;
import paiban.page.VerticalTextMark;
import paiban.spec.Cmyk;
import paiban.text.PlacedGlyph;

/**
 * Draws page drawings into one PDF/X file (PDF/X-1a:2001 unless the layout asks for X-4). It makes no layout
 * decision: every glyph, rule and box is where the drawing says. Every page has TrimBox and BleedBox (trim plus
 * bleed); with printer's marks the MediaBox grows by a slug area holding crop and registration marks. Colour is
 * DeviceCMYK and DeviceGray only (registration marks: Separation /All); 100 % K text and rules overprint. The
 * document is tagged (a structure tree with one Art per article) and its text is written article by article in
 * reading order. The document ID is a hash of the content and the dates come from the caller, so the same input
 * gives the same bytes.
 */
public final class PdfRenderer {

    /** The registered characterization of coldset offset on newsprint (ISO 12647-3), in the ICC registry. */
    static final String OUTPUT_CONDITION_ID = "IFRA26";
    static final String OUTPUT_CONDITION = "Coldset offset on newsprint (ISO 12647-3, IFRA26: 26 % dot gain)";
    static final String REGISTRY = "http://www.color.org";
    /** A glyph ending this close to the measure ends the line at the column edge. */
    private static final double EDGE_SLACK = 0.01;

    private final FontEmbedder embedder;

    public PdfRenderer(FontEmbedder embedder) {
        this.embedder = embedder;
    }

    public byte[] render(List<PageDrawing> pages, String title) throws IOException {
        return render(pages, title, PdfOutput.DEFAULT);
    }

    public byte[] render(List<PageDrawing> pages, String title, PdfOutput output) throws IOException {
        try (PDDocument doc = new PDDocument(); LogoXObjects logos = new LogoXObjects(doc)) {
            Shared shared = shared(doc, pages, output, logos);
            MessageDigest digest = md5();
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            digest.update(output.spec().pdfx().key().getBytes(StandardCharsets.US_ASCII));
            Structure structure = new Structure();
            for (PageDrawing p : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                structure.beginPage(page);
                page(doc, page, p, shared, structure, digest);
            }
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            // The header says the version; PDFBox's catalog /Version 1.4 would contradict PDF 1.3.
            catalog.removeItem(COSName.VERSION);
            structure.finish(catalog, "zh-Hans");
            byte[] id = digest.digest();
            catalog.setItem(COSName.getPDFName("OutputIntents"), outputIntents(doc, output));
            info(doc, title, output, id);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            // PDF/X-1a:2001 is PDF 1.3: a classic cross-reference table, no object or cross-reference streams.
            doc.getDocument().setVersion(output.x4() ? 1.6f : 1.3f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, output.x4() ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The fonts every page uses, each embedded once as a subset of the glyphs the pages show. */
    private Shared shared(PDDocument doc, List<PageDrawing> pages, PdfOutput output, LogoXObjects logos)
            throws IOException {
        Map<Face, String> fontNames = new IdentityHashMap<>();
        Map<Face, SortedMap<Integer, String>> used = new IdentityHashMap<>();
        List<Face> order = new ArrayList<>();
        for (PageDrawing p : pages) {
            for (Mark m : p.marks()) {
                List<PlacedGlyph> placed = m instanceof TextMark t ? t.line().glyphs()
                        : m instanceof VerticalTextMark v ? v.line().asLine().glyphs() : null;
                if (placed != null) {
                    for (PlacedGlyph g : placed) {
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
        return new Shared(doc, fonts, fontNames, output, logos);
    }

    /** The Info dictionary (and, for X-4, the XMP packet): title, dates, PDF/X keys. */
    private static void info(PDDocument doc, String title, PdfOutput output, byte[] id) throws IOException {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        String created = pdfDate(output.created());
        COSDictionary info = doc.getDocumentInformation().getCOSObject();
        info.setItem(COSName.TITLE, new COSString(title));
        info.setString(COSName.CREATOR, "paiban");
        info.setString(COSName.PRODUCER, "paiban 0.1.0 with Apache PDFBox");
        info.setItem(COSName.CREATION_DATE, new COSString(created));
        info.setItem(COSName.MOD_DATE, new COSString(created));
        info.setItem(COSName.TRAPPED, COSName.getPDFName("False"));
        if (output.x4()) {
            info.setString(COSName.getPDFName("GTS_PDFXVersion"), "PDF/X-4");
            catalog.setItem(COSName.METADATA, xmp(doc, title, output.created(), id));
        } else {
            info.setString(COSName.getPDFName("GTS_PDFXVersion"), "PDF/X-1:2001");
            info.setString(COSName.getPDFName("GTS_PDFXConformance"), "PDF/X-1a:2001");
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

    /** Objects every page shares: fonts, the two overprint states, the registration colour space, the images. */
    private static final class Shared {
        final Map<Face, COSDictionary> fonts;
        final Map<Face, String> fontNames;
        final PdfOutput output;
        final COSDictionary extGStates = new COSDictionary();
        final COSArray registration;
        final PhotoXObjects photos;
        final LogoXObjects logos;

        Shared(PDDocument doc, Map<Face, COSDictionary> fonts, Map<Face, String> fontNames, PdfOutput output,
               LogoXObjects logos) {
            this.fonts = fonts;
            this.fontNames = fontNames;
            this.output = output;
            this.photos = new PhotoXObjects(doc, output.spec().iccProfile());
            this.logos = logos;
            extGStates.setItem("GSop", extGState(true));
            extGStates.setItem("GSko", extGState(false));
            // Separation /All: a mark in every ink, for registration and crop marks (allowed by PDF/X-1a).
            COSDictionary tint = new COSDictionary();
            tint.setInt(COSName.FUNCTION_TYPE, 2);
            tint.setItem(COSName.DOMAIN, floats(0, 1));
            tint.setItem(COSName.C0, floats(0, 0, 0, 0));
            tint.setItem(COSName.C1, floats(1, 1, 1, 1));
            tint.setInt(COSName.N, 1);
            registration = new COSArray();
            registration.add(COSName.SEPARATION);
            registration.add(COSName.getPDFName("All"));
            registration.add(COSName.DEVICECMYK);
            registration.add(tint);
        }

        private static COSDictionary extGState(boolean overprint) {
            COSDictionary gs = new COSDictionary();
            gs.setItem(COSName.TYPE, COSName.EXT_G_STATE);
            gs.setItem(COSName.OP, COSBoolean.getBoolean(overprint));
            gs.setItem(COSName.OP_NS, COSBoolean.getBoolean(overprint));
            gs.setInt(COSName.OPM, overprint ? 1 : 0);
            return gs;
        }
    }

    private static COSArray floats(float... v) {
        COSArray a = new COSArray();
        for (float f : v) {
            a.add(f == Math.rint(f) ? COSInteger.get((long) f) : new COSFloat(f));
        }
        return a;
    }

    /** The document ID is a digest of the content streams instead of PDFBox's time-based one. */
    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One output intent for PDF/X: the registered newsprint condition. No ICC profile is embedded unless the layout
     * names one (no newsprint profile can be shipped with the engine; a registered name is enough for PDF/X-1a).
     */
    private static COSArray outputIntents(PDDocument doc, PdfOutput output) throws IOException {
        COSDictionary oi = new COSDictionary();
        oi.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        oi.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        oi.setString(COSName.getPDFName("OutputConditionIdentifier"), OUTPUT_CONDITION_ID);
        oi.setString(COSName.getPDFName("OutputCondition"), OUTPUT_CONDITION);
        oi.setString(COSName.getPDFName("RegistryName"), REGISTRY);
        oi.setString(COSName.INFO, OUTPUT_CONDITION + "; characterization data: " + REGISTRY);
        Path icc = output.spec().iccProfile();
        if (icc != null) {
            COSStream profile = doc.getDocument().createCOSStream();
            try (OutputStream os = profile.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(Files.readAllBytes(icc));
            }
            profile.setInt(COSName.N, 4);
            oi.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        }
        COSArray a = new COSArray();
        a.add(oi);
        return a;
    }

    /** A PDF date, D:YYYYMMDDHHmmSS+HH'mm'. */
    static String pdfDate(ZonedDateTime t) {
        String zone = t.getOffset().getTotalSeconds() == 0 ? "Z"
                : t.format(DateTimeFormatter.ofPattern("xxx", Locale.ROOT)).replace(":", "'") + "'";
        return "D:" + t.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)) + zone;
    }

    /** The XMP packet PDF/X-4 requires: the PDF/X version, title, dates and IDs, as in the Info dictionary. */
    private static COSStream xmp(PDDocument doc, String title, ZonedDateTime created, byte[] id) throws IOException {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String uuid = HexFormat.of().formatHex(id).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
                + "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>paiban</xmp:CreatorTool>\n"
                + "   <pdf:Producer>paiban 0.1.0 with Apache PDFBox</pdf:Producer>\n"
                + "   <pdf:Trapped>False</pdf:Trapped>\n"
                + "   <xmpMM:DocumentID>uuid:" + uuid + "</xmpMM:DocumentID>\n"
                + "   <xmpMM:InstanceID>uuid:" + uuid + "</xmpMM:InstanceID>\n"
                + "   <xmpMM:VersionID>1</xmpMM:VersionID>\n"
                + "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n"
                + "   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        COSStream s = doc.getDocument().createCOSStream();
        s.setItem(COSName.TYPE, COSName.METADATA);
        s.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        try (OutputStream os = s.createRawOutputStream()) {
            os.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void page(PDDocument doc, PDPage page, PageDrawing p, Shared shared, Structure structure,
                      MessageDigest digest) throws IOException {
        float b = p.bleed();
        float slug = shared.output.marks() ? PrinterMarks.SLUG : 0;
        Frame f = new Frame(p, b + slug);
        PDRectangle media = new PDRectangle(p.trimWidth() + 2 * (b + slug), p.trimHeight() + 2 * (b + slug));
        page.setMediaBox(media);
        page.setBleedBox(new PDRectangle(slug, slug, p.trimWidth() + 2 * b, p.trimHeight() + 2 * b));
        page.setTrimBox(new PDRectangle(b + slug, b + slug, p.trimWidth(), p.trimHeight()));
        PageContent pc = new PageContent(doc, f, shared, new PDResources(), new ContentWriter(), new LinkedHashMap<>());
        marks(pc, p, structure);
        if (shared.output.marks()) {
            pc.cw.op("/Artifact BMC");
            printerMarks(pc.cw, p, f);
            pc.cw.op("EMC");
            COSDictionary cs = new COSDictionary();
            cs.setItem("All", shared.registration);
            pc.res.getCOSObject().setItem(COSName.COLORSPACE, cs);
        }
        COSDictionary fontDict = new COSDictionary();
        for (Face face : pc.onPage.keySet()) {
            fontDict.setItem(COSName.getPDFName(shared.fontNames.get(face)), shared.fonts.get(face));
        }
        pc.res.getCOSObject().setItem(COSName.FONT, fontDict);
        pc.res.getCOSObject().setItem(COSName.EXT_G_STATE, shared.extGStates);
        page.setResources(pc.res);
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(pc.cw.bytes());
            digest.update(pc.cw.bytes());
        }
        page.setContents(stream);
    }

    /** What drawing one page's marks needs: the frame, the shared objects, the page's resources and content. */
    private record PageContent(PDDocument doc, Frame f, Shared shared, PDResources res, ContentWriter cw,
                               Map<Face, Boolean> onPage) {
        /** Names an XObject in the page's resources: Im1, Im2 … in drawing order. */
        String xObject(COSBase object) {
            COSDictionary xo = (COSDictionary) res.getCOSObject().getDictionaryObject(COSName.XOBJECT);
            if (xo == null) {
                xo = new COSDictionary();
                res.getCOSObject().setItem(COSName.XOBJECT, xo);
            }
            String name = "Im" + (xo.size() + 1);
            xo.setItem(COSName.getPDFName(name), object);
            return name;
        }
    }

    /**
     * The marks in order, each in its tag's marked content. Text marks that follow one another share one text
     * object (BT…ET), across paragraphs and articles, so their lines move by Td from one another (see
     * ContentWriter#moveText). A tag's marked content is either wholly inside that text object (text marks) or
     * wholly outside any (rules, boxes, images), never across its ends.
     */
    private void marks(PageContent pc, PageDrawing p, Structure structure) throws IOException {
        ContentWriter cw = pc.cw;
        Tag open = null;
        boolean openInText = false;
        for (Mark m : p.marks()) {
            Tag tag = m instanceof TextMark t ? t.tag() : m instanceof VerticalTextMark v ? v.tag()
                    : m instanceof ImageMark im ? im.tag() : Tag.ARTIFACT;
            boolean isText = m instanceof TextMark || m instanceof VerticalTextMark;
            if (open != null && (!tag.equals(open) || isText != openInText)) {
                cw.op("EMC");
                open = null;
            }
            if (!isText) {
                cw.endText();
            }
            if (open == null) {
                if (isText) {
                    cw.beginText();
                }
                cw.op(structure.open(tag));
                open = tag;
                openInText = isText;
            }
            mark(pc, m);
        }
        if (open != null) {
            cw.op("EMC");
        }
        cw.endText();
    }

    private void mark(PageContent pc, Mark m) throws IOException {
        ContentWriter cw = pc.cw;
        Frame f = pc.f;
        if (m instanceof TextMark t && t.color() == null) {
            // invisible text (render mode 3): a logo's name, for extraction and search
            cw.op("3 Tr");
            text(cw, t, f, pc.shared.fontNames, pc.onPage);
            cw.op("0 Tr");
        } else if (m instanceof TextMark t) {
            cw.overprint(ContentWriter.pureBlack(t.color()));
            text(cw, t, f, pc.shared.fontNames, pc.onPage);
        } else if (m instanceof VerticalTextMark v) {
            cw.overprint(ContentWriter.pureBlack(v.color()));
            vertical(cw, v, f, pc.shared.fontNames, pc.onPage);
        } else if (m instanceof RuleMark r) {
            cw.overprint(ContentWriter.pureBlack(r.color()));
            cw.stroke(r.color());
            cw.op(ContentWriter.num(r.weight()) + " w");
            cw.op(f.x(r.x0()) + " " + f.y(r.y0()) + " m " + f.x(r.x1()) + " " + f.y(r.y1()) + " l S");
        } else if (m instanceof BoxMark bx) {
            box(cw, f, bx);
        } else if (m instanceof ImageMark im) {
            cw.overprint(false);
            String name = pc.xObject(pc.shared.photos.image(im).getCOSObject());
            cw.op("q " + ContentWriter.num(im.width()) + " 0 0 " + ContentWriter.num(im.height()) + " "
                    + f.x(im.x()) + " " + f.y(im.y() + im.height()) + " cm /" + name + " Do Q");
        } else if (m instanceof LogoMark logo) {
            // an artifact: the name it stands for is invisible text over it (see Masthead)
            cw.overprint(false);
            cw.op(pc.shared.logos.draw(logo, pc::xObject, f.xf(logo.x()), f.yf(logo.y() + logo.height()),
                    pc.shared.photos));
        }
    }

    private static void box(ContentWriter cw, Frame f, BoxMark bx) {
        cw.overprint(false);
        String rect = f.x(bx.x()) + " " + f.y(bx.y() + bx.height()) + " " + ContentWriter.num(bx.width()) + " "
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
    }

    /**
     * Crop marks at the four corners and registration targets at the middle of each side, outside the bleed, in
     * Separation /All so they print on every plate; the slug line is a text mark of the drawing.
     */
    private static void printerMarks(ContentWriter cw, PageDrawing p, Frame f) {
        cw.overprint(false);
        cw.op("/All CS 1 SCN 0.25 w");
        cw.forgetColors();
        float w = p.trimWidth();
        float h = p.trimHeight();
        float near = p.bleed() + PrinterMarks.CROP_GAP;
        float far = near + PrinterMarks.CROP_LENGTH;
        StringBuilder sb = new StringBuilder();
        for (float cx : new float[] {0, w}) {
            for (float cy : new float[] {0, h}) {
                float sx = cx == 0 ? -1 : 1;
                float sy = cy == 0 ? -1 : 1;
                // Horizontal mark on the trim line, then the vertical one.
                sb.append(f.x(cx + sx * near)).append(' ').append(f.y(cy)).append(" m ")
                        .append(f.x(cx + sx * far)).append(' ').append(f.y(cy)).append(" l S\n");
                sb.append(f.x(cx)).append(' ').append(f.y(cy + sy * near)).append(" m ")
                        .append(f.x(cx)).append(' ').append(f.y(cy + sy * far)).append(" l S\n");
            }
        }
        float d = p.bleed() + PrinterMarks.TARGET_DISTANCE;
        float[][] centres = {{w / 2, -d}, {w / 2, h + d}, {-d, h / 2}, {w + d, h / 2}};
        for (float[] c : centres) {
            target(sb, f.xf(c[0]), f.yf(c[1]), PrinterMarks.TARGET_RADIUS);
        }
        cw.op(sb.toString().strip());
    }

    /** A registration target: a circle (four Bézier arcs) with a cross through it. */
    private static void target(StringBuilder sb, float cx, float cy, float r) {
        float k = 0.5523f * r * 0.6f;
        float rr = r * 0.6f;
        String n = " ";
        sb.append(ContentWriter.num(cx + rr)).append(n).append(ContentWriter.num(cy)).append(" m\n");
        float[][] q = {{1, 0, 0, 1}, {0, 1, -1, 0}, {-1, 0, 0, -1}, {0, -1, 1, 0}};
        for (float[] s : q) {
            // from (cx + s0 rr, cy + s1 rr) to (cx + s2 rr, cy + s3 rr)
            sb.append(ContentWriter.num(cx + s[0] * rr + s[2] * k)).append(n).append(ContentWriter.num(cy + s[1] * rr + s[3] * k))
                    .append(n).append(ContentWriter.num(cx + s[2] * rr + s[0] * k)).append(n)
                    .append(ContentWriter.num(cy + s[3] * rr + s[1] * k)).append(n)
                    .append(ContentWriter.num(cx + s[2] * rr)).append(n).append(ContentWriter.num(cy + s[3] * rr)).append(" c\n");
        }
        sb.append("S\n");
        sb.append(ContentWriter.num(cx - r)).append(n).append(ContentWriter.num(cy)).append(" m ")
                .append(ContentWriter.num(cx + r)).append(n).append(ContentWriter.num(cy)).append(" l S\n");
        sb.append(ContentWriter.num(cx)).append(n).append(ContentWriter.num(cy - r)).append(" m ")
                .append(ContentWriter.num(cx)).append(n).append(ContentWriter.num(cy + r)).append(" l S\n");
    }

    /**
     * One Td per run of glyphs in the same face and size; the runs of consecutive text marks share a text object (see {@link ContentWriter#moveText}). The gap the typesetter left between two glyphs
     * (justification, or a negative one for compressed punctuation) is written as character spacing (Tc) after
     * the first, not as a TJ offset: the glyphs land at the same places, and the text is letter-spaced text.
     *
     * <p>Each line is a /Span whose /ActualText is the line's text. Extractors that honour it (poppler's
     * pdftotext, MuPDF) then take the line as one word: a justified line's wide gaps do not come out as spaces
     * between Chinese characters. A compressed mark that hangs outside the column (an opening quote at line start,
     * a full stop at line end, set half-width) goes into a span of its own with an empty /ActualText (its text is in
     * the line's), so the line's box is the column and a 1-em gutter still separates it from the next column.
     */
    private static void text(ContentWriter cw, TextMark t, Frame f, Map<Face, String> names, Map<Face, Boolean> onPage) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        if (t.color() != null) {
            cw.fill(t.color());
        }
        String actual = t.actualText() != null ? t.actualText() : t.line().text();
        if (actual.isEmpty()) {
            // read as nothing: a proof label, say, that an extractor should not take for the page's text
            cw.op("/Span <</ActualText <FEFF>>> BDC");
            glyphs(cw, t, f, 0, glyphs.size(), names, onPage, Float.NaN);
            cw.op("EMC");
            return;
        }
        float measure = t.line().measure();
        int a = 0;
        while (a < glyphs.size() && glyphs.get(a).x() < -0.01f) {
            a++;
        }
        int b = glyphs.size();
        if (a >= b) {
            a = 0;
            b = glyphs.size();
        }
        if (a > 0) {
            cw.op("/Span <</ActualText <FEFF>>> BDC");
            glyphs(cw, t, f, 0, a, names, onPage, Float.NaN);
            cw.op("EMC");
        }
        cw.op("/Span <</ActualText " + utf16(actual) + ">> BDC");
        glyphs(cw, t, f, a, b, names, onPage, measure);
        cw.charSpacing("0");
        cw.op("EMC");
        if (b < glyphs.size()) {
            cw.op("/Span <</ActualText <FEFF>>> BDC");
            glyphs(cw, t, f, b, glyphs.size(), names, onPage, Float.NaN);
            cw.op("EMC");
        }
    }

    /**
     * A vertical line: each glyph placed by its own text matrix, upright or turned 90° clockwise ({@code 0 -1 1 0}:
     * its baseline runs down the page), all in one /Span whose /ActualText is the line's text, so extractors read the
     * column's characters whole and in order, not as a stack of one-character lines.
     */
    private static void vertical(ContentWriter cw, VerticalTextMark v, Frame f, Map<Face, String> names,
                                 Map<Face, Boolean> onPage) {
        cw.fill(v.color());
        cw.charSpacing("0");
        cw.op("/Span <</ActualText " + utf16(v.line().text()) + ">> BDC");
        for (paiban.text.VerticalGlyph g : v.line().glyphs()) {
            PlacedGlyph p = g.glyph();
            onPage.put(p.face(), Boolean.TRUE);
            String at = f.x(v.x() + g.x()) + " " + f.y(v.top() + g.y());
            cw.matrix("/" + names.get(p.face()) + " " + ContentWriter.num(p.size()),
                    (g.turned() ? "0 -1 1 0 " : "1 0 0 1 ") + at);
            cw.op("(" + ContentWriter.code(p.glyphId()) + ") Tj");
        }
        cw.op("EMC");
        cw.identity();
    }

    /** Where a glyph's box ends on its line: its origin plus the font's advance. */
    private static float end(PlacedGlyph g) {
        return g.x() + g.face().advance(g.glyphId()) * g.size() / g.face().unitsPerEm();
    }

    private static void glyphs(ContentWriter cw, TextMark t, Frame f, int from, int to, Map<Face, String> names,
                               Map<Face, Boolean> onPage, float measure) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        int i = from;
        while (i < to) {
            PlacedGlyph first = glyphs.get(i);
            onPage.put(first.face(), Boolean.TRUE);
            int end = i;
            while (end < to && glyphs.get(end).face() == first.face() && glyphs.get(end).size() == first.size()) {
                end++;
            }
            cw.moveText("/" + names.get(first.face()) + " " + ContentWriter.num(first.size()), f.x(t.x() + first.x()),
                    f.baseline(t.baseline()));
            // pen: where the current point is, as written (rounded), so rounding never accumulates.
            double pen = first.x();
            StringBuilder run = new StringBuilder();
            String runTc = null;
            for (int j = i; j < end; j++) {
                PlacedGlyph g = glyphs.get(j);
                double advance = (double) g.face().advance(g.glyphId()) * g.size() / g.face().unitsPerEm();
                String tc = "0";
                if (j + 1 < end) {
                    tc = ContentWriter.num(glyphs.get(j + 1).x() - (pen + advance));
                } else if (j + 1 == to && !Float.isNaN(measure) && t.boxInset() > 0
                        && pen + advance > measure - EDGE_SLACK) {
                    // The line's last glyph ends at the column edge (a mark set half-width there included): its
                    // advance is cut short of the edge by the mark's box inset. Nothing follows it in the line, so
                    // no glyph moves, but an extractor's box of the line ends inside the column.
                    tc = ContentWriter.num(measure - (pen + advance) - t.boxInset());
                }
                if (runTc != null && !tc.equals(runTc)) {
                    cw.charSpacing(runTc);
                    cw.op("(" + run + ") Tj");
                    run.setLength(0);
                }
                runTc = tc;
                run.append(ContentWriter.code(g.glyphId()));
                pen += advance + Double.parseDouble(tc);
            }
            if (run.length() > 0) {
                cw.charSpacing(runTc);
                cw.op("(" + run + ") Tj");
            }
            i = end;
        }
    }

    /** A PDF text string in UTF-16BE with its byte-order mark, as a literal string of raw bytes. */
    static String utf16(String s) {
        StringBuilder sb = new StringBuilder(2 * s.length() + 4).append('(').append((char) 0xFE).append((char) 0xFF);
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
            ContentWriter.escape(sb, b & 0xff);
        }
        return sb.append(')').toString();
    }

    /** Trim-relative drawing coordinates (y down) to PDF user space (y up), the trim's corner at (off, off). */
    private record Frame(PageDrawing p, float off) {
        String x(float x) {
            return ContentWriter.num(xf(x));
        }

        String y(float y) {
            return ContentWriter.num(yf(y));
        }

        /**
         * A baseline in PDF space, to 1/64 pt (0.006 mm): page top and baseline are each rounded to binary fractions,
         * so lines one pitch apart on the page are exactly one pitch apart in a reader's arithmetic too.
         */
        String baseline(float y) {
            double v = snap((double) off + p.trimHeight()) - snap(y);
            return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
        }

        private static double snap(double v) {
            return Math.round(v * 64) / 64.0;
        }

        float xf(float x) {
            return off + x;
        }

        float yf(float y) {
            return off + p.trimHeight() - y;
        }
    }
}
