package paiban.cli;

import paiban.UserError;
import paiban.message.Message;
/**
 * The page number in an {@code -o} pattern: {@code %d}, or {@code %02d} (zero-padded to two, up to nine, digits);
 * {@code %%} is a percent sign. Any other conversion is refused with a message that says what to write, never handed
 * to {@link String#format} (where {@code %n} is a line break and {@code %q} an exception).
 */
final class PagePattern {

    private PagePattern() {
    }

    /** Whether {@code pattern} holds a page number; throws when it holds a conversion that is not one. */
    static boolean numbers(String pattern) {
        boolean any = false;
        for (int i = pattern.indexOf('%'); i >= 0; i = pattern.indexOf('%', i + 1)) {
            int end = conversionEnd(pattern, i);
            any |= pattern.charAt(end) == 'd';
            i = end;
        }
        return any;
    }

    /** The pattern with every page number conversion replaced by {@code page}. */
    static String expand(String pattern, int page) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i = pattern.indexOf('%'); i >= 0; i = pattern.indexOf('%', from)) {
            sb.append(pattern, from, i);
            int end = conversionEnd(pattern, i);
            if (pattern.charAt(end) == '%') {
                sb.append('%');
            } else {
                String digits = Integer.toString(page);
                int width = end - i - 1 == 0 ? 0 : Integer.parseInt(pattern.substring(i + 1, end));
                sb.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
            }
            from = end + 1;
        }
        return sb.append(pattern.substring(from)).toString();
    }

    /** The index of the conversion character of the {@code %} at {@code at}. */
    private static int conversionEnd(String pattern, int at) {
        int i = at + 1;
        if (i < pattern.length() && pattern.charAt(i) == '%') {
            return i;
        }
        int digits = i;
        if (i < pattern.length() && pattern.charAt(i) == '0') {
            i++;
            while (i < pattern.length() && Character.isDigit(pattern.charAt(i)) && i - digits < 2) {
                i++;
            }
        }
        if (i < pattern.length() && pattern.charAt(i) == 'd' && (i == digits || i - digits == 2)) {
            return i;
        }
        String written = pattern.substring(at, Math.min(pattern.length(), Math.max(i, at + 1) + 1));
        throw new UserError(Message.of("cli.pattern", pattern, written.replaceAll("\\p{Cntrl}", "?")));
    }
}
