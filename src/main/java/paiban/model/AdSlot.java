package paiban.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block a page books for an advertisement before its editorial is made ({@code ad: 通栏 8x20 某某银行}): the page
 * maker composes the articles around it and the page shows a labelled placeholder box where the ad goes.
 *
 * <p>Only the 通栏 (a block the full width of the type area at the foot of the page) is made so far. Its height is
 * given in grid lines ({@code 20}, {@code 20行}, or {@code 8x20} columns × lines, the columns all of the page's) or
 * in millimetres ({@code 70mm}), rounded up to whole lines.
 *
 * @param size  the size as written, kept for the placeholder's label
 * @param lines the height in grid lines, or 0 when given in millimetres
 * @param mm    the height in millimetres, or 0 when given in lines
 * @param label what the placeholder says (the advertiser), 广告 when none is given
 */
public record AdSlot(String kind, String size, int columns, int lines, float mm, String label) {

    public static final String FULL_WIDTH = "通栏";
    private static final Pattern SYNTAX = Pattern.compile(
            "(\\S+)\\s+(?:([0-9]{1,2})\\s*[x×]\\s*)?(?:([0-9]{1,3})\\s*行?|([0-9]{1,3}(?:\\.[0-9]+)?)\\s*mm)(?:\\s+(.+))?");

    /** The slot an {@code ad:} value books; an {@link IllegalArgumentException} says what is wrong with it. */
    public static AdSlot parse(String value) {
        Matcher m = SYNTAX.matcher(value.strip());
        if (!m.matches()) {
            throw new paiban.message.BadValue("ad.syntax");
        }
        if (!FULL_WIDTH.equals(m.group(1))) {
            throw new paiban.message.BadValue("ad.kind", m.group(1));
        }
        String size = value.strip().substring(m.start(2) >= 0 ? m.start(2) : m.start(3) >= 0 ? m.start(3) : m.start(4),
                m.end(3) >= 0 ? m.end(3) : m.end(4)).strip();
        if (value.strip().length() > m.end(m.group(4) != null ? 4 : 3) && m.group(4) == null
                && value.strip().charAt(m.end(3)) == '行') {
            size += "行";
        }
        int columns = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int lines = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        float mm = m.group(4) == null ? 0 : Float.parseFloat(m.group(4));
        if (m.group(4) != null) {
            size += "mm";
        }
        if (lines == 0 && mm == 0) {
            throw new paiban.message.BadValue("ad.height");
        }
        return new AdSlot(m.group(1), size, columns, lines, mm, m.group(5) == null ? "广告" : m.group(5).strip());
    }

    /** The block's height in grid lines of {@code pitch} points. */
    public int lines(float pitch) {
        return lines > 0 ? lines : (int) Math.ceil(mm * 72 / 25.4 / pitch - 1e-6);
    }
}
