package paiban.compose;

import java.util.List;

/**
 * The page maker's answer for one page: a module per article, the rules between them, the grid lines left empty at
 * the foot of the body area ({@code emptyLines}, across the full width), and all column-lines left empty, inside
 * modules and at the foot ({@code emptyColumnLines}: one base column one grid line tall each), and what the plan
 * cost the page maker ({@code cost}, in its units: column-lines).
 */
public record PagePlan(int bodyTop, int bodyLines, int columns, List<Module> modules, List<Rule> rules,
                       int emptyLines, int emptyColumnLines, long cost) {
    public PagePlan {
        modules = List.copyOf(modules);
        rules = List.copyOf(rules);
    }

    /** The share of the body area left empty, 0 … 1. */
    public double emptyShare() {
        return bodyLines <= 0 ? 0 : emptyColumnLines / (double) (columns * bodyLines);
    }

    /** The page maker's cost of the plan ({@link PageMaker}) per column-line of the body area. */
    public double costPerColumnLine() {
        return bodyLines <= 0 ? 0 : cost / (double) (columns * bodyLines);
    }

    public int oversetLines() {
        return modules.stream().mapToInt(Module::overset).sum();
    }
}
