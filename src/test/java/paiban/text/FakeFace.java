package paiban.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UProperty;
import paiban.font.Face;

/**
 * A face with the metrics of Noto Serif CJK SC that matter to the typesetter (typesetting-zh §3.7), so tests need
 * no font file. Glyph ids are code points; substituted glyphs live above U+10FFFF.
 */
final class FakeFace implements Face {

    static final FakeFace SERIF = new FakeFace(false);
    static final FakeFace SERIF_BOLD = new FakeFace(true);

    private static final int SUBSTITUTED = 0x200000;
    private static final int LOCL_DASH = SUBSTITUTED + 0x2014;
    private static final int FWID_MIDDLE_DOT = SUBSTITUTED + 0xB7;
    private static final int HWID_DIGIT = SUBSTITUTED + 0x30;

    private final boolean bold;

    private FakeFace(boolean bold) {
        this.bold = bold;
    }

    @Override
    public String familyName() {
        return "Noto Serif CJK SC";
    }

    @Override
    public String postScriptName() {
        return bold ? "FakeSerif-Bold" : "FakeSerif-Regular";
    }

    @Override
    public boolean bold() {
        return bold;
    }

    @Override
    public int unitsPerEm() {
        return 1000;
    }

    @Override
    public int ascender() {
        return 880;
    }

    @Override
    public int descender() {
        return -120;
    }

    @Override
    public int glyphId(int codePoint) {
        return codePoint == 0x0 || Character.getType(codePoint) == Character.CONTROL && codePoint != '\t'
                ? 0 : codePoint;
    }

    @Override
    public int advance(int gid) {
        if (gid == LOCL_DASH || gid == FWID_MIDDLE_DOT) {
            return 1000;
        }
        if (gid >= HWID_DIGIT && gid <= HWID_DIGIT + 9) {
            return 500;
        }
        if (gid == 0) {
            return 1000;
        }
        int cp = gid;
        if (cp == ' ' || cp == '\t') {
            return 224;
        }
        if (cp == 0x2014) {
            return 890;
        }
        if (cp == 0xB7) {
            return 327;
        }
        if (cp == '1') {
            return 471;
        }
        if (cp >= '0' && cp <= '9') {
            return 557;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return 600 + (cp % 3) * 20;
        }
        if (cp >= 'a' && cp <= 'z') {
            return 500 + (cp % 4) * 20;
        }
        if (cp == 0x2013) {
            return 563;
        }
        if (cp == '-') {
            return 346;
        }
        if (cp < 0x80) {
            return 330;
        }
        if (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2026 || cp == 0x2E3A) {
            return cp == 0x2E3A ? 2000 : 1000; // full-width in the SC face
        }
        int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return width == EastAsianWidth.WIDE || width == EastAsianWidth.FULLWIDTH ? 1000 : 600;
    }

    @Override
    public int substitute(int glyphId, String feature) {
        return switch (feature) {
            case "locl" -> glyphId == 0x2014 ? LOCL_DASH : glyphId;
            case "fwid" -> glyphId == 0xB7 ? FWID_MIDDLE_DOT : glyphId;
            case "hwid" -> glyphId >= '0' && glyphId <= '9' ? HWID_DIGIT + glyphId - '0' : glyphId;
            default -> glyphId;
        };
    }
}
