package paiban.text;

import java.util.ArrayList;
import java.util.List;
import paiban.font.Face;
import paiban.font.VerticalForms;

/**
 * Sets display text top to bottom, one em cell under another, as a Chinese vertical headline stands:
 *
 * <ul>
 *   <li>ideographs stand upright, centred on the column; punctuation, brackets, quotes, dashes and the ellipsis
 *       take their vertical forms ({@link VerticalForms}) in full em cells;</li>
 *   <li>a number of at most {@value #ACROSS_DIGITS} digits standing alone stands across one em cell (纵中横, the
 *       25 of 5月25日), in the face's half-width digits where it has them;</li>
 *   <li>a longer number and Latin text are turned 90° clockwise, their baseline running down the column, centred on
 *       it, each glyph taking its own advance down the line;</li>
 *   <li>a 破折号 (two dashes) is one stroke down two cells, the face's vertical 2-em dash;</li>
 *   <li>a space between ideographs is half an em of column.</li>
 * </ul>
 */
public final class VerticalSetter {

    /** A number of at most this many digits stands across its em cell (纵中横); a longer one is turned. */
    public static final int ACROSS_DIGITS = 2;
    /** Characters that stay inside a turned run between its letters and digits (2.5G, COVID-19, 3/4, AT&T). */
    private static final String JOINERS = " .,-/:&'+%_";

    private VerticalSetter() {
    }

    public static VerticalLine set(String text, TextStyle style) {
        float em = style.size();
        List<VerticalGlyph> out = new ArrayList<>();
        float y = 0;
        int cell = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (turnable(cp)) {
                int end = runEnd(text, i);
                String run = text.substring(i, end);
                y += digits(run) && run.length() <= ACROSS_DIGITS
                        ? across(out, run, style, y, cell) : turned(out, run, style, y, cell);
                i = end;
            } else if (Character.isWhitespace(cp) || cp == 0x3000) {
                y += cp == 0x3000 ? em : em / 2f;
                i += Character.charCount(cp);
            } else if (dashPair(text, i, style) != 0) {
                Face face = style.faceFor(cp);
                int gid = dashPair(text, i, style);
                out.add(new VerticalGlyph(new PlacedGlyph(face, em, gid, text.substring(i, i + 2), y, 2 * em),
                        -em / 2f, y + face.ascent(em), false, cell));
                y += 2 * em;
                i += 2;
            } else {
                upright(out, cp, style, y, cell);
                y += em;
                i += Character.charCount(cp);
            }
            cell++;
        }
        return new VerticalLine(out, y, em, text, cell);
    }

    /**
     * The vertical form of the 2-em dash a doubled U+2014/U+2015 at {@code i} makes (Noto CJK forms it by its ccmp
     * ligature, and gives it a vertical form): one stroke down two cells, without the seam two one-em dashes leave;
     * 0 when the text has no such pair there or the face no such glyph.
     */
    private static int dashPair(String text, int i, TextStyle style) {
        char c = text.charAt(i);
        if ((c != 0x2014 && c != 0x2015) || i + 1 >= text.length() || text.charAt(i + 1) != c) {
            return 0;
        }
        Face face = style.faceFor(c);
        int one = face.substitute(face.glyphId(c), "locl");
        int two = face.ligature(one, one, "ccmp");
        int vertical = two == 0 ? 0 : face.substitute(two, "vert");
        return vertical != two ? vertical : 0;
    }

    /** A character set turned: letters and digits outside the CJK blocks (Latin, Greek, Cyrillic, Arabic digits). */
    static boolean turnable(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Where a turned run that starts at {@code i} ends: letters, digits and the joiners between them. */
    private static int runEnd(String text, int i) {
        int end = i;
        int j = i;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (turnable(cp)) {
                j += Character.charCount(cp);
                end = j;
            } else if (cp < 0x80 && JOINERS.indexOf(cp) >= 0) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean digits(String run) {
        return run.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void upright(List<VerticalGlyph> out, int cp, TextStyle style, float y, int cell) {
        Face face = style.faceFor(cp);
        float em = style.size();
        int gid = VerticalForms.glyph(face, cp);
        float advance = face.advance(gid) * em / face.unitsPerEm();
        String s = new String(Character.toChars(cp));
        out.add(new VerticalGlyph(new PlacedGlyph(face, em, gid, s, y, em), -advance / 2f, y + face.ascent(em),
                false, cell));
    }

    /** One or two digits across one em cell, centred; returns the cell's length down the column. */
    private static float across(List<VerticalGlyph> out, String run, TextStyle style, float y, int cell) {
        float em = style.size();
        List<PlacedGlyph> glyphs = new ArrayList<>();
        float width = 0;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            Face face = style.faceFor(c);
            int gid = face.glyphId(c);
            if (run.length() > 1) {
                gid = face.substitute(gid, "hwid");
            }
            float advance = face.advance(gid) * em / face.unitsPerEm();
            glyphs.add(new PlacedGlyph(face, em, gid, String.valueOf(c), width, advance));
            width += advance;
        }
        for (PlacedGlyph g : glyphs) {
            out.add(new VerticalGlyph(g, g.x() - width / 2f, y + g.face().ascent(em), false, cell));
        }
        return em;
    }

    /** Letters and digits turned 90° clockwise, centred on the column; returns the run's length down it. */
    private static float turned(List<VerticalGlyph> out, String run, TextStyle style, float y, int cell) {
        float em = style.size();
        float along = 0;
        for (int k = 0; k < run.length(); ) {
            int cp = run.codePointAt(k);
            Face face = style.faceFor(cp);
            int gid = face.glyphId(cp);
            if (gid == 0 && cp == ' ') {
                gid = style.face().glyphId(' ');
            }
            float advance = face.advance(gid) * em / face.unitsPerEm();
            String s = new String(Character.toChars(cp));
            // turned clockwise, the glyph's em box runs from descender to ascender left to right: centre it
            float x = (float) (-face.centreToBaseline() * em);
            out.add(new VerticalGlyph(new PlacedGlyph(face, em, gid, s, y + along, advance), x, y + along, true,
                    cell));
            along += advance;
            k += Character.charCount(cp);
        }
        return along;
    }
}
