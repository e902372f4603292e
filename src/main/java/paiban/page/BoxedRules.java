package paiban.page;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.Module;
import paiban.compose.Rule;

/**
 * The page's separating rules less the stretches a box's frame already draws: a rule along a boxed module's top,
 * foot or side would stand a few points from the frame, a double line no desk wants. The rule is cut where it runs
 * along a box and kept elsewhere.
 */
final class BoxedRules {
    private BoxedRules() {
    }

    /** {@code rules} with the stretches along the {@code boxed} modules cut out. */
    static List<Rule> without(List<Rule> rules, List<Module> boxed) {
        if (boxed.isEmpty()) {
            return rules;
        }
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            List<int[]> kept = new ArrayList<>();
            kept.add(r.horizontal() ? new int[] {r.col(), r.col() + r.span()} : new int[] {r.line(), r.line() + r.lines()});
            for (Module b : boxed) {
                if (r.horizontal() && (b.line() == r.line() + 1 || b.line() + b.lines() == r.line())) {
                    kept = cut(kept, b.col(), b.col() + b.span());
                } else if (!r.horizontal() && (b.col() == r.col() || b.col() + b.span() == r.col())) {
                    kept = cut(kept, b.line(), b.line() + b.lines());
                }
            }
            for (int[] k : kept) {
                out.add(r.horizontal() ? new Rule(true, k[0], k[1] - k[0], r.line(), r.lines())
                        : new Rule(false, r.col(), r.span(), k[0], k[1] - k[0]));
            }
        }
        return out;
    }

    /** The intervals {@code [from, to)} less {@code [a, b)}; empty pieces left out. */
    private static List<int[]> cut(List<int[]> intervals, int a, int b) {
        List<int[]> out = new ArrayList<>();
        for (int[] i : intervals) {
            if (Math.min(i[1], a) > i[0]) {
                out.add(new int[] {i[0], Math.min(i[1], a)});
            }
            if (Math.max(i[0], b) < i[1]) {
                out.add(new int[] {Math.max(i[0], b), i[1]});
            }
        }
        return out;
    }
}
