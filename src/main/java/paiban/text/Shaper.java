package paiban.text;

import paiban.font.Face;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns styled runs into boxes and joints: one box per character (with its attached marks), each with the glyph
 * Chinese setting needs, and typed whitespace collected into the joints. Glyph choices that depend on the
 * Simplified-Chinese shaping of Noto CJK (§3.7) are made here; widths per punctuation style come later.
 */
final class Shaper {

    private Shaper() {
    }

    static HorizontalList shape(List<StyledText> runs) {
        StringBuilder all = new StringBuilder();
        List<TextStyle> styleAt = new ArrayList<>();
        for (StyledText run : runs) {
            all.append(run.text());
            for (int i = 0; i < run.text().length(); i++) {
                styleAt.add(run.style());
            }
        }
        String text = all.toString();
        List<Space> leading = new ArrayList<>();
        int start = leadingBlanks(text, styleAt, leading);
        List<Box> boxes = new ArrayList<>();
        List<Joint> joints = new ArrayList<>();
        List<Space> pending = new ArrayList<>();
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            TextStyle style = styleAt.get(i);
            CharClass role = CharClass.of(cp);
            if (role == CharClass.SPACE) {
                pending.add(space(text.substring(i, i + n), cp, style));
            } else if (CharClass.attaches(cp) && !boxes.isEmpty() && pending.isEmpty()) {
                n = attachMarks(text, i, boxes);
            } else {
                if (!boxes.isEmpty()) {
                    Joint joint = new Joint();
                    joint.spaces.addAll(pending);
                    joints.add(joint);
                }
                pending.clear();
                boxes.add(new Box(i, i + n, text.substring(i, i + n), cp, style, role));
            }
            i += n;
        }
        refineDashes(boxes);
        ligateDashes(boxes, joints);
        for (Box box : boxes) {
            chooseGlyph(box);
        }
        return new HorizontalList(text, boxes, joints, leading, List.copyOf(pending));
    }

    /**
     * Leading U+3000 (and other blanks) are an indent typed by hand; the indent is a paragraph property, so they
     * are kept apart. Returns where the text proper starts.
     */
    private static int leadingBlanks(String text, List<TextStyle> styleAt, List<Space> leading) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            CharClass role = CharClass.of(cp);
            if (role != CharClass.SPACE && role != CharClass.IDEOGRAPHIC_SPACE) {
                break;
            }
            TextStyle style = styleAt.get(i);
            int n = Character.charCount(cp);
            int gid = style.face().glyphId(cp);
            leading.add(new Space(text.substring(i, i + n), style, gid != 0 ? gid : style.face().glyphId(' '),
                    Glue.NONE));
            i += n;
        }
        return i;
    }

    /**
     * Joins the run of marks starting at {@code i} to the last box, all at once (a run of thousands stays linear).
     * Returns the run's length in chars.
     */
    private static int attachMarks(String text, int i, List<Box> boxes) {
        int end = i;
        while (end < text.length() && CharClass.attaches(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        Box last = boxes.remove(boxes.size() - 1);
        boxes.add(new Box(last.start, end, text.substring(last.start, end), last.codePoint, last.style, last.role));
        return end - i;
    }

    private static Space space(String text, int cp, TextStyle style) {
        Face face = style.face();
        int gid = face.glyphId(cp);
        if (gid == 0 || cp == '\t' || cp == '\n' || cp == '\r') {
            gid = face.glyphId(' ');
        }
        float em = style.size();
        float width = face.advance(gid) * em / face.unitsPerEm();
        // CLREQ: word spaces shrink to 1/4 em and stretch to 1/2 em; a narrow font space does not shrink further.
        Glue glue = new Glue(width, Math.min(width, 0.25f * em), Math.max(width, 0.5f * em), Reduction.WORD_SPACE);
        return new Space(text, style, gid, glue);
    }

    /** A doubled U+2014/U+2015 is a 破折号, one 2-em unit; a single one is a connector (§1.1). */
    private static void refineDashes(List<Box> boxes) {
        for (int k = 0; k < boxes.size(); k++) {
            Box box = boxes.get(k);
            if (box.codePoint != 0x2014 && box.codePoint != 0x2015) {
                continue;
            }
            boolean prevSame = k > 0 && boxes.get(k - 1).codePoint == box.codePoint;
            boolean nextSame = k + 1 < boxes.size() && boxes.get(k + 1).codePoint == box.codePoint;
            if (prevSame || nextSame) {
                box.role = CharClass.DASH;
            }
        }
    }

    /**
     * Two one-em dashes of a 破折号 drawn side by side leave a visible seam in Noto CJK; the font's own 2-em dash
     * is the ligature its "ccmp" feature makes of the two "locl" dashes (§3.7). Where the face has it, a pair of
     * dash boxes becomes one box standing for both characters.
     */
    private static void ligateDashes(List<Box> boxes, List<Joint> joints) {
        for (int k = 0; k + 1 < boxes.size(); k++) {
            Box a = boxes.get(k);
            Box b = boxes.get(k + 1);
            if (a.role != CharClass.DASH || b.role != CharClass.DASH || a.codePoint != b.codePoint
                    || a.style != b.style || !joints.get(k).spaces.isEmpty() || a.text.length() != 1) {
                continue;
            }
            Face face = a.face;
            int one = face.substitute(face.glyphId(a.codePoint), "locl");
            int two = face.ligature(one, one, "ccmp");
            if (two == 0) {
                continue;
            }
            Box pair = new Box(a.start, b.end, a.text + b.text, a.codePoint, a.style, CharClass.DASH);
            pair.glyphId = two;
            boxes.set(k, pair);
            boxes.remove(k + 1);
            joints.remove(k);
        }
    }

    /**
     * The box's glyph in the box's face — the style's, or the first fallback face covering the character. A
     * character no face covers keeps glyph 0, the style face's .notdef (a visible box in Noto CJK), and is reported
     * ({@link Typesetter#uncovered}).
     */
    private static void chooseGlyph(Box box) {
        Face face = box.face;
        int cp = box.codePoint;
        int gid = face.glyphId(cp);
        if (box.role == CharClass.DASH && box.glyphId != 0) {
            // A ligated 2-em dash already has its glyph.
            box.ink = box.advanceOf(box.glyphId);
            box.drawOffset = 0;
            return;
        }
        switch (box.role) {
            // Noto CJK SC only gives 1-em dashes and the centred ellipsis under zh-Hans "locl" (§3.7).
            case DASH, CONNECTOR, ELLIPSIS -> gid = face.substitute(gid, "locl");
            // ・ and ‧ from converted text are normalised to the mainland 间隔号 U+00B7.
            case INTERPUNCT -> gid = face.glyphId(0x00B7) != 0 ? face.glyphId(0x00B7) : gid;
            // The full-width ／ has ink across the whole em; GB wants a half-em solidus (§3.7).
            case SOLIDUS -> {
                if (cp == 0xFF0F && face.glyphId('/') != 0) {
                    gid = face.glyphId('/');
                }
            }
            default -> {
            }
        }
        box.glyphId = gid;
        box.ink = box.advanceOf(gid);
        box.drawOffset = 0;
    }
}
