package paiban.cli;

import java.util.TreeSet;

/** The pages a desk asked for with {@code --pages 1,3-4}; every page when not given. */
record PageSelection(TreeSet<Integer> pages) {

    static PageSelection all() {
        return new PageSelection(null);
    }

    static PageSelection parse(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                if (dash > 0) {
                    int from = Integer.parseInt(p.substring(0, dash).strip());
                    int to = Integer.parseInt(p.substring(dash + 1).strip());
                    if (from < 1 || to < from) {
                        throw new IllegalArgumentException();
                    }
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                } else {
                    int n = Integer.parseInt(p);
                    if (n < 1) {
                        throw new IllegalArgumentException();
                    }
                    out.add(n);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--pages: \"" + p + "\" is not a page or a range (write e.g. 1,3-4)");
            }
        }
        return new PageSelection(out);
    }

    boolean includes(int page) {
        return pages == null || pages.contains(page);
    }
}
