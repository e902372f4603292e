package paiban.model;

import java.util.Locale;

/**
 * Every message about advertisement blocks and ad files, in one place (plain English, Chinese terms as the issue
 * writes them), so a message catalogue can take them over whole. Positions and the offending line are added by the
 * caller ({@link AdSlot#message}).
 */
public final class AdMessages {

    private static final String EXAMPLE = "e.g. 'ad: 通栏 8x20 某某银行', 'ad: 半通栏 右 4x20 ads/bank.pdf',"
            + " 'ad: 右下角 2x15', 'ad: 报眼 60x35mm' (columns × lines, or millimetres)";

    private AdMessages() {
    }

    static String noKind() {
        return "'ad' must start with a kind: 通栏, 半通栏 (左 or 右), 报眼, or a corner (左上角, 右上角, 左下角, 右下角); "
                + EXAMPLE;
    }

    static String noSize(String kind) {
        return "no size after " + kind + "; " + EXAMPLE;
    }

    static String tooSmall() {
        return "the block must be at least one column wide and one line tall";
    }

    static String needsWidth(String kind) {
        return "a " + kind + " block needs a width too: columns × lines (2x15) or millimetres (60x40mm)";
    }

    public static String overlaps(AdSlot other) {
        return "the block overlaps the " + other.kind().word() + " booked on line " + other.pos().line() + " ('"
                + other.text() + "'); make one smaller or book another place";
    }

    public static String tooWide(int span, int columns) {
        return "the block is " + span + " columns wide; the page has " + columns;
    }

    public static String tooDeep(int lines, int room) {
        return "the block is " + lines + " grid lines deep; the body area holds " + room + " with the gap line over it";
    }

    public static String earWithoutMasthead(int page) {
        return "a 报眼 stands beside the masthead, and 第" + page + "版 has none (only 第1版 prints the masthead)";
    }

    public static String earTooTall(float mm, float mastheadMm) {
        return "the 报眼 is " + mm(mm) + " mm tall; the masthead is " + mm(mastheadMm) + " mm tall above its band";
    }

    public static String earTooWide(float mm, float mostMm) {
        return "the 报眼 is " + mm(mm) + " mm wide; a 报眼 may take at most a third of the type area's width ("
                + mm(mostMm) + " mm), the paper's name needs the rest";
    }

    /** An ad file the page cannot take: {@code why} says what is wrong with it. */
    public static String fileRefused(String file, String path, String why) {
        return "ad file " + file + " (" + path + ") " + why;
    }

    public static String notFound() {
        return "not found";
    }

    public static String failsPreflight(String problems) {
        return "fails the preflight of a PDF/X-1a page: " + problems + " (export the ad as PDF/X-1a: fonts embedded,"
                + " CMYK or grey, flattened)";
    }

    public static String damaged(boolean pdf, String why) {
        return why.startsWith("is ") ? why : "is damaged or not a readable " + (pdf ? "PDF" : "image") + " (" + why + ")";
    }

    public static String shapeDiffers(String file, double aspect, String kind, double slot, double off) {
        return String.format(Locale.ROOT, "ad %s is %.2f:1 and its %s block %.2f:1 (%.0f %% apart); it is scaled to fit"
                + " and centred, with white beside it", file, aspect, kind, slot, 100 * off);
    }

    public static String colourOnBlackPage(String file, int page) {
        return "ad " + file + " inks in colour (C, M, Y or a spot colour) on 第" + page + "版, a page in black: it"
                + " prints in those inks as it is; give the page 'colour: true' or ask for a grey ad";
    }

    /** Millimetres from points, whole. */
    private static String mm(float points) {
        return String.format(Locale.ROOT, "%.0f", points * 25.4f / 72);
    }
}
