package paiban.font;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import paiban.message.Message;

/**
 * A face of an OpenType file (.otf, .ttf, or one member of a .ttc/.otc collection), read straight from the mapped
 * file: only the table directory and the small tables behind {@link Face} are touched when it opens, and the
 * outlines (the multi-megabyte 'CFF ' table) only when the PDF writer asks for them. This is what makes opening
 * a face of a 26 MB Noto collection take milliseconds, where fontbox parses the whole collection.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OpenTypeFace implements Face {

    /** Chinese set in the Simplified (mainland) convention: the language system the substitutions come from. */
    private static final String SCRIPT = "hani";
    private static final String LANGUAGE = "ZHS ";

    private final FontFile file;
    private final int index;
    private final TableDirectory tables;
    private final String familyName;
    private final String subfamilyName;
    private final String postScriptName;
    private final int unitsPerEm;
    private final int ascender;
    private final int descender;
    private final int capHeight;
    private final int weightClass;
    private final boolean bold;
    private final float italicAngle;
    private final int[] boundingBox;
    private final int glyphCount;
    private final int longMetrics;
    private final ByteBuffer hmtx;
    private final CharacterMap cmap;
    private final GlyphSubstitution gsub;
    private volatile CffFont cff;

    private OpenTypeFace(FontFile file, int index) {
        this.file = file;
        this.index = index;
        this.tables = file.face(index);
        NameTable names = new NameTable(required("name"));
        this.familyName = names.family();
        this.subfamilyName = names.subfamily();
        this.postScriptName = names.postScriptName();

        ByteBuffer head = required("head");
        this.unitsPerEm = u16(head, 18);
        this.boundingBox = new int[] {head.getShort(36), head.getShort(38), head.getShort(40), head.getShort(42)};
        FaceStyle style = FaceStyle.read(tables, subfamilyName);
        this.weightClass = style.weight();
        this.bold = style.bold();

        ByteBuffer hhea = required("hhea");
        ByteBuffer os2 = tables.table("OS/2");
        if (os2 != null && os2.capacity() >= 78) {
            this.ascender = os2.getShort(68);
            this.descender = os2.getShort(70);
            this.capHeight = u16(os2, 0) >= 2 && os2.capacity() >= 90 ? os2.getShort(88) : ascender;
        } else {
            // No usable OS/2 (old Mac fonts): the horizontal header is all there is.
            this.ascender = hhea.getShort(4);
            this.descender = hhea.getShort(6);
            this.capHeight = ascender;
        }
        ByteBuffer post = tables.table("post");
        this.italicAngle = post != null && post.capacity() >= 8 ? post.getInt(4) / 65536f : 0f;

        this.glyphCount = u16(required("maxp"), 4);
        this.longMetrics = u16(hhea, 34);
        this.hmtx = required("hmtx");
        this.cmap = CharacterMap.read(required("cmap"));
        this.gsub = GlyphSubstitution.read(tables.table("GSUB"), SCRIPT, LANGUAGE);
    }

    /**
     * The face of the file whose family name (typographic, else legacy, any language) is familyName. When a
     * collection holds several faces of the family, the first one is taken; {@link FontLibrary} chooses by weight.
     */
    public static OpenTypeFace open(Path path, String familyName) {
        FontFile file = FontFile.open(path);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < file.faceCount(); i++) {
            Set<String> names = familyNames(file, i);
            if (names.contains(familyName)) {
                return open(file, i);
            }
            seen.add(names.isEmpty() ? "?" : names.iterator().next());
        }
        for (int i = 0; i < file.faceCount(); i++) {
            if (familyNames(file, i).stream().anyMatch(familyName::equalsIgnoreCase)) {
                return open(file, i);
            }
        }
        throw new FontException(Message.of("font.no-family-in-file", familyName, path, seen));
    }

    /** The only face of a single-face file (.otf, .ttf). */
    public static OpenTypeFace openWhole(Path path) {
        FontFile file = FontFile.open(path);
        if (file.faceCount() != 1) {
            throw new FontException(Message.of("font.collection", path, file.faceCount()));
        }
        return open(file, 0);
    }

    static OpenTypeFace open(FontFile file, int index) {
        try {
            return new OpenTypeFace(file, index);
        } catch (IndexOutOfBoundsException e) {
            throw new FontException(Message.of("font.damaged-face", index, file.path()), e);
        }
    }

    static Set<String> familyNames(FontFile file, int index) {
        ByteBuffer name = file.face(index).table("name");
        return name == null ? Set.of() : new NameTable(name).familyNames();
    }

    private ByteBuffer required(String tag) {
        ByteBuffer table = tables.table(tag);
        if (table == null) {
            throw new FontException(Message.of("font.no-table", index, file.path(), tag));
        }
        return table;
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    @Override
    public String familyName() {
        return familyName;
    }

    /** "Regular", "Bold", ... as the font names its style. */
    public String subfamilyName() {
        return subfamilyName;
    }

    @Override
    public String postScriptName() {
        return postScriptName;
    }

    @Override
    public boolean bold() {
        return bold;
    }

    /** OS/2 usWeightClass: 400 regular, 700 bold. */
    public int weightClass() {
        return weightClass;
    }

    @Override
    public int unitsPerEm() {
        return unitsPerEm;
    }

    @Override
    public int ascender() {
        return ascender;
    }

    @Override
    public int descender() {
        return descender;
    }

    public int capHeight() {
        return capHeight;
    }

    public float italicAngle() {
        return italicAngle;
    }

    /** xMin, yMin, xMax, yMax over all glyphs, in font units (from 'head'). */
    public int[] boundingBox() {
        return boundingBox.clone();
    }

    public int glyphCount() {
        return glyphCount;
    }

    @Override
    public int glyphId(int codePoint) {
        int g = cmap.glyphId(codePoint);
        return g < glyphCount ? g : 0;
    }

    @Override
    public int advance(int glyphId) {
        if (glyphId < 0 || glyphId >= glyphCount) {
            return 0;
        }
        // Glyphs past the last long metric (monospaced tails) share its advance.
        int metric = Math.min(glyphId, longMetrics - 1);
        return u16(hmtx, 4 * metric);
    }

    @Override
    public int substitute(int glyphId, String feature) {
        int g = gsub.substitute(glyphId, feature);
        return g < glyphCount ? g : glyphId;
    }

    @Override
    public int ligature(int first, int second, String feature) {
        int g = gsub.ligature(first, second, feature);
        return g > 0 && g < glyphCount ? g : 0;
    }

    /** The file this face was read from, and its index within a collection. */
    public Path path() {
        return file.path();
    }

    public int faceIndex() {
        return index;
    }

    /** True for PostScript (CFF) outlines, embedded as CIDFontType0C (CID-keyed CFF only). */
    public boolean hasCffOutlines() {
        return tables.has("CFF ");
    }

    /** True for TrueType (glyf) outlines, embedded as CIDFontType2. */
    public boolean hasGlyfOutlines() {
        return tables.has("glyf") && tables.has("loca");
    }

    /**
     * True when {@link PdfFontResource} can embed the face: TrueType outlines, or a CID-keyed CFF (what CJK
     * OpenType fonts have). Name-keyed CFF and CFF2 faces only measure. Reads the CFF header and Top DICT only.
     */
    public boolean embeddable() {
        if (hasCffOutlines()) {
            try {
                ByteBuffer cff = tables.table("CFF ");
                if (cff.get(0) != 1) {
                    return false;
                }
                CffIndex names = CffIndex.read(cff, Byte.toUnsignedInt(cff.get(2)));
                CffIndex tops = CffIndex.read(cff, names.endOfIndex());
                return tops.count() == 1 && CffDict.read(cff, tops.start(0), tops.end(0)).find(CffDict.ROS) != null;
            } catch (IndexOutOfBoundsException | FontException e) {
                return false;
            }
        }
        return hasGlyfOutlines();
    }

    /** The glyph's CID in the embedded font: for CID-keyed CFF the charset's, for TrueType the glyph id itself. */
    public int cid(int glyphId) {
        return hasCffOutlines() ? cff().cid(glyphId) : glyphId;
    }

    /** A table of the face (position 0 = table start), or null. */
    ByteBuffer table(String tag) {
        return tables.table(tag);
    }

    Set<String> tableTags() {
        return tables.tags();
    }

    /** A copy of the raw 'CFF ' table. */
    public byte[] cffTable() {
        ByteBuffer table = cffBuffer();
        byte[] bytes = new byte[table.capacity()];
        table.get(0, bytes);
        return bytes;
    }

    ByteBuffer cffBuffer() {
        ByteBuffer table = tables.table("CFF ");
        if (table == null) {
            throw new FontException(Message.of("font.no-cff", postScriptName, file.path()));
        }
        return table;
    }

    /** The parsed CFF structure, read once on first use and kept: every page's subset needs it. */
    CffFont cff() {
        CffFont c = cff;
        if (c == null) {
            synchronized (this) {
                c = cff;
                if (c == null) {
                    c = CffFont.read(cffBuffer(), postScriptName + " (" + file.path() + ")");
                    cff = c;
                }
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return postScriptName + " [" + familyName + " " + subfamilyName + ", " + file.path().getFileName()
                + (file.faceCount() > 1 ? " #" + index : "") + "]";
    }
}
