package paiban.cli;

import java.util.TreeSet;
import paiban.UserError;

/** The pages a desk asked for with {@code --pages 1,3-4}; every page when not given. */
record PageSelection(TreeSet<Integer> pages) {

    static PageSelection all() {
        return new PageSelection(null);
    }

    /** @throws UserError when a part is neither a page number nor a range of them */
    static PageSelection parse(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            int from = number(dash > 0 ? p.substring(0, dash) : p, p);
            int to = dash > 0 ? number(p.substring(dash + 1), p) : from;
            if (from < 1 || to < from) {
                throw refused(p);
            }
            for (int i = from; i <= to; i++) {
                out.add(i);
            }
        }
        return new PageSelection(out);
    }

    private static int number(String digits, String part) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            throw refused(part);
        }
    }

    private static UserError refused(String part) {
        return new UserError("--pages: \"" + part + "\" is not a page or a range (write e.g. 1,3-4)");
    }

    boolean includes(int page) {
        return pages == null || pages.contains(page);
    }
}
