package paiban.text;

import paiban.font.Face;

/**
 * One unbreakable piece of a paragraph that stands for one glyph: a character with its attached marks. The
 * units of §1.3 (Latin words, numbers, ——, ……) are runs of boxes joined by {@link Joint}s that forbid both a
 * break and added space. Widths in pt; the punctuation style sets {@link #ink}, {@link #before} and
 * {@link #after}.
 */
final class Box {
    final int start;
    final int end;
    final String text;
    final int codePoint;
    final TextStyle style;
    /** The face that draws the box: the style's own, or a fallback when that lacks the character. */
    final Face face;
    /** Letters, digits and ideographs in {@link #text}: what the no-lone-character rule counts. */
    final int characters;
    CharClass role;
    int glyphId;
    /** Width the glyph's ink part takes on the line. */
    float ink;
    /** Where the glyph origin sits relative to the start of the ink part (negative for opening marks). */
    float drawOffset;
    /** Blank before the ink (an opening mark in the full-width style). */
    Glue before = Glue.NONE;
    /** Blank after the ink; dropped when the box ends a line. */
    Glue after = Glue.NONE;

    Box(int start, int end, String text, int codePoint, TextStyle style, CharClass role) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.codePoint = codePoint;
        this.style = style;
        this.face = style.faceFor(codePoint);
        this.role = role;
        this.characters = countCharacters(text);
    }

    private static int countCharacters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (CharClass.countsAsCharacter(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    float em() {
        return style.size();
    }

    /** Advance of a glyph of this box's face in pt. */
    float advanceOf(int gid) {
        return face.advance(gid) * style.size() / face.unitsPerEm();
    }

    @Override
    public String toString() {
        return text + "[" + role + " " + ink + "+" + before.natural() + "/" + after.natural() + "]";
    }
}
