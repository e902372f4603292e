package paiban.cli;

import java.util.ArrayList;
import java.util.List;
import paiban.UserError;
import paiban.message.Message;

/**
 * The pages a desk asked for with {@code --pages 1,3-4}; every page when not given. Kept as the ranges written, so
 * {@code 1-2147483647} costs nothing: only the real pages are ever looked up in it.
 */
record PageSelection(List<long[]> ranges) {

    /** More ranges than any issue has pages is a typing accident, not a selection. */
    static final int MAX_PARTS = 10_000;

    static PageSelection all() {
        return new PageSelection(null);
    }

    /** @throws UserError when a part is neither a page number nor a range of them */
    static PageSelection parse(String text) {
        List<long[]> out = new ArrayList<>();
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_PARTS) {
            throw new UserError(Message.of("cli.pages-too-many", MAX_PARTS));
        }
        for (String part : parts) {
            out.add(range(part.strip()));
        }
        return new PageSelection(List.copyOf(out));
    }

    private static long[] range(String p) {
        try {
            int dash = p.indexOf('-');
            long from = number(dash > 0 ? p.substring(0, dash) : p);
            long to = dash > 0 ? number(p.substring(dash + 1)) : from;
            if (from < 1 || to < from) {
                throw new IllegalArgumentException();
            }
            return new long[] {from, to};
        } catch (IllegalArgumentException e) {
            throw new UserError(Message.of("cli.pages-bad", p));
        }
    }

    /** A page number; one beyond every real page (any count of digits) is simply a page no issue has. */
    private static long number(String s) {
        String d = s.strip();
        if (!d.matches("[0-9]+")) {
            throw new IllegalArgumentException();
        }
        String trimmed = d.replaceFirst("^0+(?=.)", "");
        return trimmed.length() > 15 ? Long.MAX_VALUE / 2 : Long.parseLong(trimmed);
    }

    boolean includes(int page) {
        if (ranges == null) {
            return true;
        }
        for (long[] r : ranges) {
            if (page >= r[0] && page <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
