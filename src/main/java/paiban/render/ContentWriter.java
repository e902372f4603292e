package paiban.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import paiban.spec.Cmyk;

/**
 * Writes PDF content-stream operators. We write the stream ourselves rather than through PDFBox's content-stream
 * class because every glyph is placed at the position the typesetter chose, by glyph id, which that class does not
 * allow; numbers are written with a fixed precision so output is byte-identical run to run.
 */
final class ContentWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private String fillColor = "";
    private String strokeColor = "";
    private boolean overprint;
    private String charSpacing = "0";
    /** The open text object (BT without its ET yet), its font and the start of its current line as written. */
    private boolean inText;
    private String font = "";
    private java.math.BigDecimal lineX;
    private java.math.BigDecimal lineY;

    byte[] bytes() {
        return out.toByteArray();
    }

    /**
     * Writes one operator line. Strings are passed with one char per byte (Latin-1), so string operands can hold
     * raw bytes: two bytes per glyph code compress better than four hex digits.
     */
    ContentWriter op(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
        return this;
    }

    /**
     * v to 3 decimals without trailing zeros ("12.5", "-0.125", "3"), exactly as {@code %.3f} rounds (half up on the
     * double's decimal value). The content stream holds tens of thousands of numbers, so the common case is plain
     * integer arithmetic; only a value within a hair of a rounding tie, or too large for it, goes through the
     * formatter.
     */
    static String num(double v) {
        double scaled = v * 1000;
        double frac = Math.abs(scaled - Math.floor(scaled) - 0.5);
        if (!(Math.abs(scaled) < 1e9) || frac < 1e-6) {
            return slowNum(v);
        }
        long m = Math.round(Math.abs(scaled));
        if (m == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(16);
        if (scaled < 0) {
            sb.append('-');
        }
        sb.append(m / 1000);
        int f = (int) (m % 1000);
        if (f != 0) {
            sb.append('.').append((char) ('0' + f / 100));
            if (f % 100 != 0) {
                sb.append((char) ('0' + f / 10 % 10));
                if (f % 10 != 0) {
                    sb.append((char) ('0' + f % 10));
                }
            }
        }
        return sb.toString();
    }

    static String slowNum(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        // Trim trailing zeros: shorter streams, still exact to 1/1000 pt.
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    void fill(Cmyk c) {
        String k = pureBlack(c) ? "0 0 0 1 k" : cmyk(c) + " k";
        if (!k.equals(fillColor)) {
            op(k);
            fillColor = k;
        }
    }

    void stroke(Cmyk c) {
        String k = cmyk(c) + " K";
        if (!k.equals(strokeColor)) {
            op(k);
            strokeColor = k;
        }
    }

    /**
     * Overprint on or off through the page's two ExtGStates: 100 % K text and rules overprint (OPM 1, so the
     * other inks under them are not knocked out and misregistration shows no white halo); everything else knocks out.
     */
    void overprint(boolean on) {
        if (on != overprint) {
            op(on ? "/GSop gs" : "/GSko gs");
            overprint = on;
        }
    }

    /** Character spacing (Tc, pt); written only when it changes. */
    void charSpacing(String tc) {
        if (!tc.equals(charSpacing)) {
            op(tc + " Tc");
            charSpacing = tc;
        }
    }

    /**
     * Starts a run of glyphs in font {@code tf} ("/F1 9") at (x, y), both as written numbers. Runs that follow one
     * another stay in one text object (BT…ET): a run moves the pen with Td from the start of the previous run, so
     * a column's lines are one text object whose baselines a reader derives from one another by adding the pitch.
     * A reader that parses every line's absolute baseline (Tm) to a slightly different rounding error may see one
     * pitch a hair wider than the next and break the column there; a difference such as -13.5 reads exactly.
     */
    void moveText(String tf, String x, String y) {
        java.math.BigDecimal nx = new java.math.BigDecimal(x);
        java.math.BigDecimal ny = new java.math.BigDecimal(y);
        beginText();
        if (!tf.equals(font)) {
            op(tf + " Tf");
            font = tf;
        }
        op(plain(nx.subtract(lineX)) + " " + plain(ny.subtract(lineY)) + " Td");
        lineX = nx;
        lineY = ny;
    }

    /**
     * Places what follows by an absolute text matrix {@code m} ("a b c d e f", a turned glyph's among them), in font
     * {@code tf}. Until {@link #identity} the pen is not where {@link #moveText} reckons from.
     */
    void matrix(String tf, String m) {
        beginText();
        if (!tf.equals(font)) {
            op(tf + " Tf");
            font = tf;
        }
        op(m + " Tm");
    }

    /** Back to the text object's starting matrix, the identity, so {@link #moveText} reckons from the origin. */
    void identity() {
        if (inText) {
            op("1 0 0 1 0 0 Tm");
            lineX = java.math.BigDecimal.ZERO;
            lineY = java.math.BigDecimal.ZERO;
        }
    }

    /** Opens a text object unless one is open; its text matrix starts as the identity. */
    void beginText() {
        if (!inText) {
            op("BT");
            inText = true;
            font = "";
            lineX = java.math.BigDecimal.ZERO;
            lineY = java.math.BigDecimal.ZERO;
        }
    }

    /** Ends the open text object, if there is one: before anything that is not text and before a tag ends. */
    void endText() {
        if (inText) {
            op("ET");
            inText = false;
        }
    }

    private static String plain(java.math.BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** After a colour-space operator the writer no longer knows the current colours. */
    void forgetColors() {
        fillColor = "";
        strokeColor = "";
    }

    static boolean pureBlack(Cmyk c) {
        return c.k() == 1 && c.c() == 0 && c.m() == 0 && c.y() == 0;
    }

    private static String cmyk(Cmyk c) {
        return num(c.c()) + " " + num(c.m()) + " " + num(c.y()) + " " + num(c.k());
    }

    /** A two-byte glyph code for a literal string, one char per byte, escaped where PDF syntax needs it. */
    static String code(int gid) {
        StringBuilder sb = new StringBuilder(4);
        escape(sb, (gid >> 8) & 0xff);
        escape(sb, gid & 0xff);
        return sb.toString();
    }

    /** One byte of a literal string: the delimiters and the line ends are escaped, everything else is raw. */
    static void escape(StringBuilder sb, int b) {
        switch (b) {
            case '(', ')', '\\' -> sb.append('\\').append((char) b);
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            default -> sb.append((char) b);
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A glyph code as four upper-case hex digits (as {@code %04X}; codes above FFFF keep all their digits). */
    static String hex(int gid) {
        if (gid < 0 || gid > 0xFFFF) {
            return String.format(Locale.ROOT, "%04X", gid);
        }
        return new String(new char[] {HEX[gid >>> 12], HEX[(gid >>> 8) & 0xF], HEX[(gid >>> 4) & 0xF], HEX[gid & 0xF]});
    }
}
