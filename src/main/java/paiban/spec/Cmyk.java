package paiban.spec;

/** A process colour, each component 0..1. Newspaper text and rules are pure K so misregistration cannot blur them. */
public record Cmyk(float c, float m, float y, float k) {

    public static final Cmyk BLACK = new Cmyk(0, 0, 0, 1);
    public static final Cmyk WHITE = new Cmyk(0, 0, 0, 0);

    /** Parses {@code C/M/Y/K} in percent, e.g. {@code 0/100/100/0}. */
    public static Cmyk parse(String text) {
        String[] p = text.strip().split("/");
        if (p.length != 4) {
            throw new IllegalArgumentException("not a CMYK colour: \"" + text + "\" (write C/M/Y/K in percent, e.g. 0/100/100/0)");
        }
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Float.parseFloat(p[i].strip()) / 100f;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CMYK colour: \"" + text + "\"");
            }
            if (v[i] < 0 || v[i] > 1) {
                throw new IllegalArgumentException("CMYK components lie between 0 and 100: \"" + text + "\"");
            }
        }
        return new Cmyk(v[0], v[1], v[2], v[3]);
    }

    /** A tint of this colour (for grey placeholders: a tint of black). */
    public Cmyk tint(float f) {
        return new Cmyk(c * f, m * f, y * f, k * f);
    }
}
