package paiban.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import paiban.message.Message;
import paiban.message.UnusableFile;

/**
 * Checks a PDF advertisement as the print shop's preflight checks the page it goes on (PDF/X-1a: every font
 * embedded, CMYK and grey only, no transparency), before it is placed: its first page (the one placed), with every
 * form, pattern, image and shading it draws, at any depth. Gives what is wrong, each kind once, so the message can
 * name the ad and all it must fix.
 */
public final class AdPreflight {

    private final Set<String> problems = new LinkedHashSet<>();
    /** Whether the ad inks in C, M, Y or a spot colour anywhere: a page printed in black alone cannot show it. */
    private boolean colour;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private AdPreflight() {
    }

    /** What keeps the PDF from going on the page ("fonts not embedded: Helvetica"), empty when nothing does. */
    public static Set<String> problems(Path pdf) throws IOException {
        return of(pdf).problems;
    }

    /**
     * Whether the PDF inks in anything but black: a CMYK colour with C, M or Y, a CMYK image or shading, a spot
     * colour other than Black.
     */
    public static boolean colour(Path pdf) throws IOException {
        return of(pdf).colour;
    }

    private static AdPreflight of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnusableFile(Message.of("logo.no-pages"));
            }
            AdPreflight check = new AdPreflight();
            check.page(doc.getPage(0));
            return check;
        }
    }

    private void page(PDPage page) throws IOException {
        group(page.getCOSObject());
        content(page, page.getResources());
    }

    /** The content of a page or form: its operators, then what its resources hold. */
    private void content(PDContentStream stream, PDResources res) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(stream);
        java.util.List<Float> operands = new java.util.ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSNumber num) {
                operands.add(num.floatValue());
            } else if (token instanceof Operator op) {
                String name = op.getName();
                // k/K set CMYK; sc/scn with four operands set a colour in a CMYK space (DeviceN aside)
                if ((name.equals("k") || name.equals("K") || (name.toLowerCase(java.util.Locale.ROOT).startsWith("sc")
                        && operands.size() == 4)) && operands.size() >= 4) {
                    int n = operands.size();
                    colour |= operands.get(n - 4) > 0 || operands.get(n - 3) > 0 || operands.get(n - 2) > 0;
                }
                operands.clear();
                if (name.equals("rg") || name.equals("RG")) {
                    problems.add("RGB colour (rg/RG operators)");
                } else if (name.equals("BI") && op.getImageParameters() != null) {
                    COSBase cs = op.getImageParameters().getDictionaryObject(COSName.CS, COSName.COLORSPACE);
                    if (COSName.RGB.equals(cs) || COSName.DEVICERGB.equals(cs)) {
                        problems.add("RGB colour (an inline image)");
                    }
                }
            }
        }
        if (res != null) {
            resources(res);
        }
    }

    private void resources(PDResources res) throws IOException {
        if (!seen.add(res.getCOSObject())) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            PDFont font = res.getFont(n);
            if (font != null && !font.isEmbedded()) {
                problems.add("font not embedded: " + font.getName());
            }
        }
        for (COSName n : res.getColorSpaceNames()) {
            colourSpace(res.getColorSpace(n), "a colour space");
        }
        for (COSName n : res.getExtGStateNames()) {
            state(res.getExtGState(n));
        }
        for (COSName n : res.getShadingNames()) {
            shading(res.getShading(n));
        }
        for (COSName n : res.getPatternNames()) {
            pattern(res.getPattern(n));
        }
        for (COSName n : res.getXObjectNames()) {
            xObject(res.getXObject(n));
        }
    }

    private void xObject(PDXObject x) throws IOException {
        if (x == null || !seen.add(x.getCOSObject())) {
            return;
        }
        if (x instanceof PDImageXObject img) {
            COSDictionary d = img.getCOSObject();
            if (d.getDictionaryObject(COSName.SMASK) instanceof COSDictionary || d.getInt(COSName.SMASK_IN_DATA, 0) > 0) {
                problems.add("transparency (an image with a soft mask)");
            }
            if (!img.isStencil()) {
                colourSpace(img.getColorSpace(), "an image");
            }
        } else if (x instanceof PDFormXObject form) {
            group(form.getCOSObject());
            content(form, form.getResources());
        }
    }

    /** A transparency group (/Group with /S /Transparency) on a page or form. */
    private void group(COSDictionary d) throws IOException {
        if (d.getDictionaryObject(COSName.GROUP) instanceof COSDictionary g) {
            if (COSName.TRANSPARENCY.equals(g.getDictionaryObject(COSName.S))) {
                problems.add("transparency (a transparency group)");
            }
            COSBase cs = g.getDictionaryObject(COSName.CS);
            if (cs != null) {
                colourSpace(PDColorSpace.create(cs), "a transparency group");
            }
        }
    }

    private void state(PDExtendedGraphicsState gs) {
        if (gs == null) {
            return;
        }
        COSDictionary d = gs.getCOSObject();
        COSBase mask = d.getDictionaryObject(COSName.SMASK);
        if (mask != null && !COSName.NONE.equals(mask)) {
            problems.add("transparency (a soft mask)");
        }
        for (COSName alpha : new COSName[] {COSName.CA, COSName.CA_NS}) {
            if (d.getDictionaryObject(alpha) instanceof COSNumber a && a.floatValue() != 1f) {
                problems.add("transparency (constant alpha " + alpha.getName() + " " + a.floatValue() + ")");
            }
        }
        COSBase bm = d.getDictionaryObject(COSName.BM);
        if (bm instanceof COSArray a && a.size() > 0) {
            bm = a.getObject(0);
        }
        if (bm instanceof COSName b && !b.getName().equals("Normal") && !b.getName().equals("Compatible")) {
            problems.add("transparency (blend mode " + b.getName() + ")");
        }
    }

    private void shading(PDShading s) throws IOException {
        if (s != null && seen.add(s.getCOSObject())) {
            colourSpace(s.getColorSpace(), "a shading");
        }
    }

    private void pattern(PDAbstractPattern p) throws IOException {
        if (p == null || !seen.add(p.getCOSObject())) {
            return;
        }
        if (p instanceof PDShadingPattern sp) {
            shading(sp.getShading());
        } else if (p instanceof PDTilingPattern tp) {
            content(tp, tp.getResources());
        }
    }

    /** RGB, directly or as an ICC profile of three components, or under an index, separation or DeviceN. */
    private void colourSpace(PDColorSpace cs, String where) throws IOException {
        if (cs instanceof PDDeviceRGB || (cs instanceof PDICCBased icc && icc.getNumberOfComponents() == 3)) {
            problems.add("RGB colour (" + where + ")");
        } else if (cs instanceof PDDeviceCMYK || (cs instanceof PDICCBased icc4 && icc4.getNumberOfComponents() == 4)) {
            // a colour set in it by k/K is looked at operand by operand; an image or shading may use any ink
            colour |= !where.equals("a colour space");
        } else if (cs instanceof PDIndexed ix) {
            colourSpace(ix.getBaseColorSpace(), where);
        } else if (cs instanceof PDSeparation sep) {
            colour |= !sep.getColorantName().equals("Black") && !sep.getColorantName().equals("None");
            colourSpace(sep.getAlternateColorSpace(), where);
        } else if (cs instanceof PDDeviceN dn) {
            colour |= !dn.getColorantNames().stream().allMatch(n -> n.equals("Black") || n.equals("None"));
            colourSpace(dn.getAlternateColorSpace(), where);
        }
    }
}
