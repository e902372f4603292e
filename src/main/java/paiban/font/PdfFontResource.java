package paiban.font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import paiban.message.Message;

/**
 * The PDF font objects for a face: a Type0 font with Identity-H over a CIDFontType0 whose FontFile3 holds a CFF
 * subset (/Subtype /CIDFontType0C) — the form PDF/X-1a accepts for CJK OpenType fonts, and one PDFBox cannot make
 * itself for CFF-flavoured fonts. A face with TrueType outlines (a user's own .ttf) becomes a CIDFontType2 with a
 * FontFile2 subset ({@link TrueTypeSubsetter}) and a /CIDToGIDMap. Built at the COS level; the caller puts the
 * returned dictionary into a page's /Font resources.
 *
 * <p>Content streams show glyphs with two-byte big-endian codes equal to the glyph's CID ({@link #encode}); in Noto
 * CJK the CID is the glyph id, and for TrueType faces the CID is always the face's glyph id. Widths (/DW 1000 and a /W array for the others) are in 1/1000 em as PDF wants.
 *
 * <p>Output is a pure function of the face and the glyphs: the subset tag is a hash of them, so the same page
 * written twice is byte-identical.
 */
public final class PdfFontResource {

    private static final int DEFAULT_WIDTH = 1000;

    private PdfFontResource() {
    }

    /**
     * The system property that makes {@link #build(PDDocument, Face, Map)} embed whole faces: for checking that a
     * subset renders exactly like its face ({@code java -Dpaiban.embedWholeFonts=true -jar target/paiban.jar ...}).
     * Not for production: the PDF grows by megabytes per face.
     */
    public static final String EMBED_WHOLE_FONTS = "paiban.embedWholeFonts";

    /**
     * The Type0 font dictionary for the used glyphs (glyph id → text they stand for), embedding a subset (or the
     * whole face when the system property {@value #EMBED_WHOLE_FONTS} is true).
     */
    public static COSDictionary build(PDDocument document, Face face, Map<Integer, String> glyphs) {
        return build(document, face, glyphs, Boolean.getBoolean(EMBED_WHOLE_FONTS));
    }

    /**
     * As {@link #build(PDDocument, Face, Map)}; with wholeFont the face's entire CFF is embedded unchanged (all
     * glyphs, all subroutines) — megabytes, but the reference a subset's rendering can be compared against.
     */
    public static COSDictionary build(PDDocument document, Face face, Map<Integer, String> glyphs,
            boolean wholeFont) {
        return build(document, face, glyphs, wholeFont, null);
    }

    /** As {@link #build(PDDocument, Face, Map)}, taking the compressed subset from the cache when it holds it. */
    static COSDictionary build(PDDocument document, Face face, Map<Integer, String> glyphs, FontFileCache kept) {
        return build(document, face, glyphs, Boolean.getBoolean(EMBED_WHOLE_FONTS), kept);
    }

    private static COSDictionary build(PDDocument document, Face face, Map<Integer, String> glyphs,
            boolean wholeFont, FontFileCache kept) {
        if (!(face instanceof OpenTypeFace otf)) {
            throw new FontException(Message.of("font.not-opentype", face.postScriptName()));
        }
        UsedCids used = UsedCids.of(otf, glyphs);
        String baseFont = wholeFont ? otf.postScriptName() : tag(otf, glyphs) + "+" + otf.postScriptName();
        try {
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setName(COSName.BASE_FONT, baseFont);
            boolean trueType = !otf.hasCffOutlines() && otf.hasGlyfOutlines();
            COSStream fontFile = trueType ? embedTrueType(document, otf, glyphs, wholeFont, cidFont, kept)
                    : embedCff(document, otf, glyphs, wholeFont, baseFont, cidFont, kept);
            COSDictionary descriptor = descriptor(otf, baseFont, fontFile, trueType, glyphs);
            cidFont.setItem(COSName.CIDSYSTEMINFO, identitySystemInfo());
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setInt(COSName.DW, DEFAULT_WIDTH);
            COSArray w = widths(used.widthByCid(), otf.unitsPerEm());
            if (w.size() > 0) {
                cidFont.setItem(COSName.W, w);
            }
            return type0(document, baseFont, cidFont, used.textByCid());
        } catch (IOException e) {
            throw new FontException(Message.of("font.cannot-write", baseFont, e.getMessage()), e);
        }
    }

    /** The text and the advance of every CID the glyphs use, in CID order. */
    private record UsedCids(Map<Integer, String> textByCid, Map<Integer, Integer> widthByCid) {

        static UsedCids of(OpenTypeFace otf, Map<Integer, String> glyphs) {
            UsedCids used = new UsedCids(new TreeMap<>(), new TreeMap<>());
            for (Map.Entry<Integer, String> e : glyphs.entrySet()) {
                int gid = e.getKey();
                if (gid == 0) {
                    // .notdef stands in for a character no font covers: map it back to that character, so the
                    // text still searches and copies (to the first one, when several share a font).
                    if (e.getValue() != null && !e.getValue().isBlank()) {
                        used.textByCid.put(0, e.getValue());
                        used.widthByCid.put(0, otf.advance(0));
                    }
                    continue;
                }
                if (gid < 0 || gid >= otf.glyphCount()) {
                    throw new FontException(Message.of("font.no-glyph", gid, otf));
                }
                int cid = otf.cid(gid);
                used.textByCid.putIfAbsent(cid, e.getValue());
                used.widthByCid.putIfAbsent(cid, otf.advance(gid));
            }
            return used;
        }
    }

    /** A CIDFontType2 over a FontFile2: the glyf subset and its CID → glyph map (or the whole face). */
    private static COSStream embedTrueType(PDDocument document, OpenTypeFace otf, Map<Integer, String> glyphs,
            boolean wholeFont, COSDictionary cidFont, FontFileCache kept) throws IOException {
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        byte[] program;
        if (wholeFont) {
            program = TrueTypeSubsetter.whole(otf);
            cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        } else {
            TrueTypeSubsetter.Subset subset = TrueTypeSubsetter.subset(otf, glyphs.keySet());
            program = subset.font();
            cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGidMap(subset.originalGlyphs())));
        }
        COSStream fontFile = program(document, program, !wholeFont, kept);
        fontFile.setInt(COSName.LENGTH1, program.length);
        return fontFile;
    }

    /** A CIDFontType0 over a FontFile3 of subtype CIDFontType0C: the CFF subset (or the face's whole CFF). */
    private static COSStream embedCff(PDDocument document, OpenTypeFace otf, Map<Integer, String> glyphs,
            boolean wholeFont, String baseFont, COSDictionary cidFont, FontFileCache kept) throws IOException {
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        byte[] cff = wholeFont ? otf.cffTable() : CffSubsetter.subset(otf, glyphs.keySet(), baseFont);
        COSStream fontFile = program(document, cff, !wholeFont, kept);
        fontFile.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0C"));
        return fontFile;
    }

    /** Adobe-Identity-0: CIDs are glyph ids, not an Adobe character collection's. */
    private static COSDictionary identitySystemInfo() {
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        return systemInfo;
    }

    /** The Type0 font over the CID font, Identity-H, with the ToUnicode map of the text each CID stands for. */
    private static COSDictionary type0(PDDocument document, String baseFont, COSDictionary cidFont,
            Map<Integer, String> textByCid) throws IOException {
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE,
                stream(document, ToUnicodeCMap.write(textByCid).getBytes(StandardCharsets.US_ASCII)));
        return type0;
    }

    /** CID (the original glyph id) → glyph id of the subset, two bytes each, for every CID up to the largest kept. */
    private static byte[] cidToGidMap(int[] originalGlyphs) {
        int maxCid = originalGlyphs[originalGlyphs.length - 1];
        byte[] map = new byte[2 * (maxCid + 1)];
        for (int gid = 0; gid < originalGlyphs.length; gid++) {
            int cid = originalGlyphs[gid];
            map[2 * cid] = (byte) (gid >>> 8);
            map[2 * cid + 1] = (byte) gid;
        }
        return map;
    }

    /** The content-stream bytes that show these glyphs of the face: each glyph's CID, two bytes, big-endian. */
    public static byte[] encode(Face face, int... glyphIds) {
        if (!(face instanceof OpenTypeFace otf)) {
            throw new FontException(Message.of("font.not-opentype", face.postScriptName()));
        }
        byte[] codes = new byte[2 * glyphIds.length];
        for (int i = 0; i < glyphIds.length; i++) {
            int cid = otf.cid(glyphIds[i]);
            codes[2 * i] = (byte) (cid >>> 8);
            codes[2 * i + 1] = (byte) cid;
        }
        return codes;
    }

    /**
     * Six capital letters derived from the face and glyph set, so identical input gives an identical tag, and two
     * different subsets of one face (say, on two documents later merged) get different ones.
     */
    static String tag(OpenTypeFace face, Map<Integer, String> glyphs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(face.postScriptName().getBytes(StandardCharsets.UTF_8));
            ByteBuffer ids = ByteBuffer.allocate(4 * glyphs.size());
            new TreeMap<>(glyphs).keySet().forEach(ids::putInt);
            sha.update(ids.array());
            byte[] digest = sha.digest();
            char[] tag = new char[6];
            for (int i = 0; i < tag.length; i++) {
                tag[i] = (char) ('A' + Byte.toUnsignedInt(digest[i]) % 26);
            }
            return new String(tag);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static COSDictionary descriptor(OpenTypeFace face, String baseFont, COSStream fontFile,
            boolean trueType, Map<Integer, String> glyphs) {
        int upem = face.unitsPerEm();
        int[] box = face.boundingBox();
        COSArray bbox = new COSArray();
        for (int v : box) {
            bbox.add(COSInteger.get(Math.round(v * 1000f / upem)));
        }
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT_DESC);
        d.setName(COSName.FONT_NAME, baseFont);
        d.setInt(COSName.FLAGS, 4); // symbolic: glyphs are chosen by CID, not by a standard Latin encoding
        d.setItem(COSName.FONT_BBOX, bbox);
        d.setItem(COSName.ITALIC_ANGLE, number(face.italicAngle()));
        d.setInt(COSName.ASCENT, Math.round(face.ascender() * 1000f / upem));
        d.setInt(COSName.DESCENT, Math.round(face.descender() * 1000f / upem));
        d.setInt(COSName.CAP_HEIGHT, Math.round(face.capHeight() * 1000f / upem));
        d.setInt(COSName.STEM_V, stemV(face, glyphs));
        d.setItem(trueType ? COSName.FONT_FILE2 : COSName.FONT_FILE3, fontFile);
        return d;
    }

    /**
     * The dominant vertical stem width: StdVW of the Font DICT most of the glyphs use (for Chinese text, the
     * ideographs'), else an estimate from the weight class. Only a hint for substitution when a font is missing.
     */
    private static int stemV(OpenTypeFace face, Map<Integer, String> glyphs) {
        if (!face.hasCffOutlines()) {
            return 10 + Math.round(face.weightClass() * face.weightClass() / 4000f);
        }
        CffFont cff = face.cff();
        Map<Integer, Integer> glyphsPerFd = new TreeMap<>();
        glyphs.keySet().forEach(g -> glyphsPerFd.merge(cff.fd(g), 1, Integer::sum));
        int fd = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : glyphsPerFd.entrySet()) {
            if (e.getValue() > most) { // ties go to the lower Font DICT, for a stable result
                fd = e.getKey();
                most = e.getValue();
            }
        }
        CffDict priv = cff.fontDicts().get(fd).privateDict();
        int stdVw = priv == null ? -1 : priv.intValue(CffDict.STD_VW, -1);
        if (stdVw > 0) {
            return Math.round(stdVw * 1000f / face.unitsPerEm());
        }
        return 10 + Math.round(face.weightClass() * face.weightClass() / 4000f);
    }

    /** /W for the glyphs whose width is not /DW: runs of consecutive CIDs as "c [w ...]", equal widths as "c c w". */
    static COSArray widths(Map<Integer, Integer> advanceByCid, int unitsPerEm) {
        List<int[]> odd = new ArrayList<>(); // cid, advance in font units
        advanceByCid.forEach((cid, advance) -> {
            if (advance * 1000L != (long) DEFAULT_WIDTH * unitsPerEm) {
                odd.add(new int[] {cid, advance});
            }
        });
        COSArray w = new COSArray();
        int i = 0;
        while (i < odd.size()) {
            int j = i + 1;
            while (j < odd.size() && odd.get(j)[0] == odd.get(j - 1)[0] + 1) {
                j++;
            }
            boolean same = true;
            for (int k = i + 1; k < j; k++) {
                same &= odd.get(k)[1] == odd.get(i)[1];
            }
            if (j - i > 2 && same) {
                w.add(COSInteger.get(odd.get(i)[0]));
                w.add(COSInteger.get(odd.get(j - 1)[0]));
                w.add(width(odd.get(i)[1], unitsPerEm));
            } else {
                w.add(COSInteger.get(odd.get(i)[0]));
                COSArray run = new COSArray();
                for (int k = i; k < j; k++) {
                    run.add(width(odd.get(k)[1], unitsPerEm));
                }
                w.add(run);
            }
            i = j;
        }
        return w;
    }

    private static COSBase width(int advance, int unitsPerEm) {
        return advance * 1000L % unitsPerEm == 0 ? COSInteger.get(advance * 1000L / unitsPerEm)
                : new COSFloat(advance * 1000f / unitsPerEm);
    }

    private static COSBase number(float v) {
        return v == Math.rint(v) ? COSInteger.get((long) v) : new COSFloat(v);
    }

    private static COSStream stream(PDDocument document, byte[] data) throws IOException {
        return stream(document, data, true);
    }

    /** The font program's stream: compressed (through the cache, when there is one) unless a whole face. */
    private static COSStream program(PDDocument document, byte[] data, boolean compress, FontFileCache kept)
            throws IOException {
        return compress && kept != null ? kept.flate(document, data) : stream(document, data, compress);
    }

    /** A stream of the data, Flate-compressed unless not worth the time (a whole face, for reference renders only). */
    private static COSStream stream(PDDocument document, byte[] data, boolean compress) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = compress ? stream.createOutputStream(COSName.FLATE_DECODE) : stream.createOutputStream()) {
            out.write(data);
        }
        return stream;
    }
}
