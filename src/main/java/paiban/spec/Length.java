package paiban.spec;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths as a production desk writes them: {@code 3mm}, {@code 9pt}, {@code 12Q} (级, a quarter millimetre) or a
 * 号 name such as {@code 小五}. Everything is converted to PostScript points here and nowhere else.
 */
public final class Length {

    public static final float MM = 72f / 25.4f;
    public static final float Q = MM / 4f;

    /** The DTP values of the 号 series (typesetting-zh.md §6); traditional metal-type values differ and are not used. */
    private static final Map<String, Float> HAO = Map.ofEntries(
            Map.entry("初号", 42f), Map.entry("小初", 36f),
            Map.entry("一号", 26f), Map.entry("小一", 24f),
            Map.entry("二号", 22f), Map.entry("小二", 18f),
            Map.entry("三号", 16f), Map.entry("小三", 15f),
            Map.entry("四号", 14f), Map.entry("小四", 12f),
            Map.entry("五号", 10.5f), Map.entry("小五", 9f),
            Map.entry("六号", 7.5f), Map.entry("小六", 6.5f),
            Map.entry("七号", 5.5f), Map.entry("八号", 5f));

    private static final Pattern NUMBER_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(mm|pt|Q|q|级|cm)");

    private Length() {
    }

    /** The 号 sizes, largest first (初号 42 pt … 八号 5 pt). */
    public static java.util.List<Float> haoSeries() {
        return HAO.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /**
     * Parses a length to points.
     *
     * @throws IllegalArgumentException with a message a user understands when the text is not a length
     */
    public static float parse(String text) {
        String s = text.strip();
        Float hao = HAO.get(s);
        if (hao != null) {
            return hao;
        }
        Matcher m = NUMBER_UNIT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a length: \"" + text
                    + "\" (write a number with mm, cm, pt or Q, or a 号 name such as 小五)");
        }
        float v = Float.parseFloat(m.group(1));
        return switch (m.group(2)) {
            case "mm" -> v * MM;
            case "cm" -> v * 10 * MM;
            case "pt" -> v;
            default -> v * Q;
        };
    }

    public static float toMm(float pt) {
        return pt / MM;
    }
}
