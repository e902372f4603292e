package paiban.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paiban.model.PhotoSize;

/**
 * What a photo's quoted options say: {@code ![caption](path "3:2 size: 2栏")}, {@code "头像"}, {@code "2x20"}. The
 * words (spaces, commas or semicolons between them; several quoted strings read as one) are an aspect, a size and
 * the head-shot mark, each at most once. A word the parser cannot read is an {@link IllegalArgumentException} whose
 * {@link Bad} says which message to give.
 */
record PhotoOptions(Double aspect, PhotoSize size, boolean headShot) {

    private static final Pattern RATIO = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    /** Columns (2栏), columns × lines (2x20, 2×20, 2栏×20行, 2栏20行) or a share of the module (50%). */
    private static final Pattern SIZE = Pattern.compile(
            "([0-9]{1,3})\\s*栏|([0-9]{1,3})\\s*栏?\\s*[x×X*]\\s*([0-9]{1,4})\\s*行?|([0-9]{1,3})\\s*栏\\s*([0-9]{1,4})\\s*行"
                    + "|([0-9]{1,4})\\s*[%％]");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");
    private static final Pattern KEYED = Pattern.compile("(?i)(size|尺寸|kind|类别)\\s*[:：]\\s*(.*)");
    private static final List<String> HEAD_SHOT = List.of("头像", "head", "headshot", "head-shot");
    /** A picture slot shorter than this shows a strip, not a photo (the page maker's own least photo height). */
    static final int MIN_LINES = 3;

    /** Why the options cannot be read, and the word at fault. */
    enum Why { WORD, SIZE, TWICE, HEAD_WIDE }

    static final class Bad extends IllegalArgumentException {
        final Why why;
        final String word;

        Bad(Why why, String word) {
            super(word);
            this.why = why;
            this.word = word;
        }
    }

    static PhotoOptions parse(String options) {
        Double aspect = null;
        PhotoSize size = null;
        boolean head = false;
        for (String w : words(options)) {
            Matcher keyed = KEYED.matcher(w);
            if (keyed.matches()) {
                String key = keyed.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = keyed.group(2).strip();
                if (key.equals("size") || key.equals("尺寸")) {
                    if (size != null) {
                        throw new Bad(Why.TWICE, w);
                    }
                    size = size(value, true);
                    if (size == null) {
                        throw new Bad(Why.SIZE, w);
                    }
                } else if (HEAD_SHOT.contains(value.toLowerCase(java.util.Locale.ROOT))) {
                    if (head) {
                        throw new Bad(Why.TWICE, w);
                    }
                    head = true;
                } else {
                    throw new Bad(Why.WORD, w);
                }
            } else if (HEAD_SHOT.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                if (head) {
                    throw new Bad(Why.TWICE, w);
                }
                head = true;
            } else if (RATIO.matcher(w).matches() || DECIMAL.matcher(w).matches()) {
                if (aspect != null) {
                    throw new Bad(Why.TWICE, w);
                }
                aspect = aspect(w);
                if (aspect == null) {
                    throw new Bad(Why.WORD, w);
                }
            } else if (SIZE.matcher(w).matches()) {
                if (size != null) {
                    throw new Bad(Why.TWICE, w);
                }
                size = size(w, false);
                if (size == null) {
                    throw new Bad(Why.SIZE, w);
                }
            } else {
                throw new Bad(Why.WORD, w);
            }
        }
        if (head && size != null && (size.percent() > 0 || size.columns() > paiban.model.Photo.HEAD_SHOT_COLUMNS)) {
            throw new Bad(Why.HEAD_WIDE, size.toString());
        }
        return new PhotoOptions(aspect, size, head);
    }

    /** The words of the options; a key written apart from its value ({@code size: 2栏}) is one word with it. */
    private static List<String> words(String options) {
        List<String> out = new ArrayList<>();
        // spaces inside one value are not separators: "3 : 2", "2 x 20", "2 栏", "50 %"
        String joined = options.strip()
                .replaceAll("([0-9])[\\s\\u3000]*([:：x×X*])[\\s\\u3000]*([0-9])", "$1$2$3")
                .replaceAll("([0-9])[\\s\\u3000]+([栏行%％])", "$1$2")
                .replaceAll("栏[\\s\\u3000]+([0-9]+行)", "栏$1");
        for (String w : joined.split("[\\s\\u3000,，;；、]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).matches("(?i)(size|尺寸|kind|类别)\\s*[:：]")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + w);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Width over height from {@code 3:2} or {@code 1.5}; null when it is not a positive finite number. */
    static Double aspect(String s) {
        Matcher ratio = RATIO.matcher(s);
        double value;
        if (ratio.matches()) {
            double w = Double.parseDouble(ratio.group(1));
            double h = Double.parseDouble(ratio.group(2));
            if (h == 0) {
                return null;
            }
            value = w / h;
        } else if (DECIMAL.matcher(s).matches()) {
            value = Double.parseDouble(s);
        } else {
            return null;
        }
        return value > 0 && Double.isFinite(value) ? value : null;
    }

    /** A size, or null when it is none or out of range; after {@code size:} a bare number counts columns. */
    private static PhotoSize size(String s, boolean keyed) {
        if (keyed && WHOLE.matcher(s).matches()) {
            int c = Integer.parseInt(s);
            return c >= 1 ? PhotoSize.columns(c) : null;
        }
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        if (m.group(6) != null) {
            int p = Integer.parseInt(m.group(6));
            return p >= 1 && p <= 100 ? PhotoSize.share(p) : null;
        }
        String c = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
        String l = m.group(3) != null ? m.group(3) : m.group(5);
        int columns = Integer.parseInt(c);
        if (columns < 1) {
            return null;
        }
        if (l == null) {
            return PhotoSize.columns(columns);
        }
        int lines = Integer.parseInt(l);
        return lines >= MIN_LINES ? PhotoSize.columnsByLines(columns, lines) : null;
    }
}
