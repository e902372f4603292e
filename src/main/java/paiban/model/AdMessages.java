package paiban.model;

import java.util.Locale;
import paiban.message.Message;

/**
 * Every message about advertisement blocks and ad files, made in one place from the catalogue's {@code ad.*} keys.
 * Positions and the offending line are added by the caller ({@link AdSlot#message}).
 */
public final class AdMessages {

    private AdMessages() {
    }

    static Message noKind() {
        return Message.of("ad.no-kind");
    }

    static Message noSize(String kind) {
        return Message.of("ad.no-size", kind);
    }

    static Message tooSmall() {
        return Message.of("ad.too-small");
    }

    static Message needsWidth(String kind) {
        return Message.of("ad.needs-width", kind);
    }

    public static Message overlaps(AdSlot other) {
        return Message.of("ad.overlaps", other.kind().word(), other.pos().line(), other.text());
    }

    public static Message tooWide(int span, int columns) {
        return Message.of("ad.too-wide", span, columns);
    }

    public static Message tooDeep(int lines, int room) {
        return Message.of("ad.too-deep", lines, room);
    }

    public static Message earWithoutMasthead(int page) {
        return Message.of("ad.ear-without-masthead", page);
    }

    public static Message earTooTall(float points, float mastheadPoints) {
        return Message.of("ad.ear-too-tall", mm(points), mm(mastheadPoints));
    }

    public static Message earTooWide(float points, float mostPoints) {
        return Message.of("ad.ear-too-wide", mm(points), mm(mostPoints));
    }

    /** An ad file the page cannot take: {@code why} says what is wrong with it. */
    public static Message fileRefused(String file, String path, Object why) {
        return Message.of("ad.file-refused", file, path, why);
    }

    public static Message notFound() {
        return Message.of("ad.not-found");
    }

    public static Message failsPreflight(String problems) {
        return Message.of("ad.preflight", problems);
    }

    public static Object damaged(boolean pdf, String why) {
        return why.startsWith("is ") ? why : Message.of("ad.damaged", pdf ? "PDF" : "image", why);
    }

    public static Message shapeDiffers(String file, double aspect, String kind, double slot, double off) {
        return Message.of("ad.shape-differs", file, two(aspect), kind, two(slot),
                String.format(Locale.ROOT, "%.0f", 100 * off));
    }

    public static Message colourOnBlackPage(String file, int page) {
        return Message.of("ad.colour-on-black", file, page);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Millimetres from points, whole. */
    private static String mm(float points) {
        return String.format(Locale.ROOT, "%.0f", points * 25.4f / 72);
    }
}
