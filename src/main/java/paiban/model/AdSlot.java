package paiban.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paiban.message.BadValue;
import paiban.message.Message;

/**
 * A block a page books for an advertisement before its editorial is made ({@code ad: 半通栏 右 4x20 ads/bank.pdf
 * 某某银行}): the page maker composes the articles around it, and the page shows the ad's file scaled into it, or a
 * labelled placeholder box when no file is named.
 *
 * <p>Its size is given in grid lines ({@code 20}, {@code 20行}), columns × lines ({@code 4x20}), or millimetres
 * ({@code 70mm} tall, {@code 120x70mm} wide × tall), each rounded up to whole columns and lines when the page places
 * it. Where it stands follows from its {@link Kind}.
 *
 * @param size     the size as written, kept for the placeholder's label
 * @param columns  the width in columns, or 0 when given in millimetres or not at all
 * @param lines    the height in grid lines, or 0 when given in millimetres
 * @param widthMm  the width in millimetres, or 0
 * @param heightMm the height in millimetres, or 0
 * @param file     the ad's file (PDF or image) relative to the issue file, or null for a placeholder
 * @param label    what the placeholder says (the advertiser), 广告 when none is given
 * @param pos      the {@code ad:} line
 * @param text     the {@code ad:} value as written, for messages
 */
public record AdSlot(Kind kind, String size, int columns, int lines, float widthMm, float heightMm, String file,
                     String label, SourcePos pos, String text) {

    /** Where a block stands: at the foot, beside the masthead (报眼), or in a corner of the type area. */
    public enum Kind {
        FULL_WIDTH("通栏", false, false),
        HALF_LEFT("半通栏", false, false),
        HALF_RIGHT("半通栏", false, true),
        EAR("报眼", true, true),
        TOP_LEFT("左上角", true, false),
        TOP_RIGHT("右上角", true, true),
        FOOT_LEFT("左下角", false, false),
        FOOT_RIGHT("右下角", false, true);

        private final String word;
        private final boolean top;
        private final boolean right;

        Kind(String word, boolean top, boolean right) {
            this.word = word;
            this.top = top;
            this.right = right;
        }

        /** The name a placeholder prints (通栏, 半通栏, 报眼, 右下角 …). */
        public String word() {
            return word;
        }

        /** Whether the block stands at the top of the type area (else at its foot). */
        public boolean top() {
            return top;
        }

        /** Whether the block stands at the right edge (else the left; a 通栏 spans both). */
        public boolean right() {
            return right;
        }

        /** Whether the block needs a width (a 通栏 is the page's, a 半通栏 half of it unless given). */
        boolean needsWidth() {
            return this != FULL_WIDTH && this != HALF_LEFT && this != HALF_RIGHT;
        }
    }

    private static final Pattern KIND = Pattern.compile(
            "(通栏|半通栏\\s*[左右]?|[左右]半通栏|报眼|[左右][上下]角?)(?=\\s|[0-9]|$)");
    private static final Pattern SIZE = Pattern.compile(
            "(?:(?<wmm>[0-9]{1,3}(?:\\.[0-9]+)?)\\s*(?:mm)?\\s*[x×]\\s*)?(?<hmm>[0-9]{1,3}(?:\\.[0-9]+)?)\\s*mm"
            + "|(?:(?<cols>[0-9]{1,2})\\s*[x×]\\s*)?(?<lines>[0-9]{1,3})(?:\\s*行)?");
    private static final Pattern FILE = Pattern.compile("\\S+\\.(?i:pdf|png|jpe?g|tiff?)");

    /** The slot an {@code ad:} value at {@code pos} books; a {@link BadValue} says what is wrong. */
    public static AdSlot parse(String value, SourcePos pos) {
        String v = value.strip();
        Matcher k = KIND.matcher(v);
        if (!k.lookingAt()) {
            throw new BadValue(AdMessages.noKind());
        }
        Kind kind = kind(k.group(1).replaceAll("\\s", ""));
        String rest = v.substring(k.end()).strip();
        Matcher m = SIZE.matcher(rest);
        if (!m.lookingAt() || (m.end() < rest.length() && !Character.isWhitespace(rest.charAt(m.end())))) {
            throw new BadValue(AdMessages.noSize(kind.word()));
        }
        String size = rest.substring(0, m.end()).replaceAll("\\s", "");
        int columns = m.group("cols") == null ? 0 : Integer.parseInt(m.group("cols"));
        int lines = m.group("lines") == null ? 0 : Integer.parseInt(m.group("lines"));
        float widthMm = m.group("wmm") == null ? 0 : Float.parseFloat(m.group("wmm"));
        float heightMm = m.group("hmm") == null ? 0 : Float.parseFloat(m.group("hmm"));
        if ((m.group("lines") != null && lines == 0) || (m.group("hmm") != null && heightMm <= 0)
                || (m.group("cols") != null && columns == 0) || (m.group("wmm") != null && widthMm <= 0)) {
            throw new BadValue(AdMessages.tooSmall());
        }
        if (kind.needsWidth() && columns == 0 && widthMm == 0) {
            throw new BadValue(AdMessages.needsWidth(kind.word()));
        }
        rest = rest.substring(m.end()).strip();
        String file = null;
        Matcher f = FILE.matcher(rest);
        if (f.lookingAt()) {
            file = f.group();
            rest = rest.substring(f.end()).strip();
        }
        return new AdSlot(kind, size, columns, lines, widthMm, heightMm, file, rest.isEmpty() ? "广告" : rest, pos, v);
    }

    private static Kind kind(String word) {
        if (word.equals("通栏")) {
            return Kind.FULL_WIDTH;
        }
        if (word.contains("半通栏")) {
            return word.contains("左") ? Kind.HALF_LEFT : Kind.HALF_RIGHT;
        }
        if (word.equals("报眼")) {
            return Kind.EAR;
        }
        boolean left = word.startsWith("左");
        return word.charAt(1) == '上' ? (left ? Kind.TOP_LEFT : Kind.TOP_RIGHT) : (left ? Kind.FOOT_LEFT : Kind.FOOT_RIGHT);
    }

    /** The block's height in grid lines of {@code pitch} points (millimetres rounded up to whole lines). */
    public int lines(float pitch) {
        return lines > 0 ? lines : (int) Math.ceil(heightMm * 72 / 25.4 / pitch - 1e-6);
    }

    /** The block's height in points on a grid of {@code pitch}: as given in millimetres, else its lines. */
    public float height(float pitch) {
        return heightMm > 0 ? heightMm * 72 / 25.4f : lines * pitch;
    }

    /** Whether the ad's file is a PDF (else an image). */
    public boolean pdf() {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** A message about the booking: its file and line, the reason, and the line as written. */
    public Message message(Message reason) {
        return Message.of("at-text", pos, reason, "ad: " + text);
    }
}
