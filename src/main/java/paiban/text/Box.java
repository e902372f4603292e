package paiban.text;

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
        this.role = role;
    }

    float em() {
        return style.size();
    }

    /** Advance of a glyph of this box's face in pt. */
    float advanceOf(int gid) {
        return style.face().advance(gid) * style.size() / style.face().unitsPerEm();
    }

    @Override
    public String toString() {
        return text + "[" + role + " " + ink + "+" + before.natural() + "/" + after.natural() + "]";
    }
}
