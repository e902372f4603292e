package paiban.compose;

import java.util.List;

/**
 * The page maker's answer for one page: a module per article, the rules between them, the grid lines left empty at
 * the foot of the body area ({@code emptyLines}, across the full width), and all column-lines left empty, inside
 * modules and at the foot ({@code emptyColumnLines}: one base column one grid line tall each), and what the plan
 * cost the page maker ({@code cost}, in its units: column-lines). {@code bookedColumnLines} are the body area's
 * column-lines booked for advertisement blocks beside or over the articles ({@link FreeArea}), with their gap lines:
 * neither text nor holes.
 */
public record PagePlan(int bodyTop, int bodyLines, int columns, List<Module> modules, List<Rule> rules,
                       int emptyLines, int emptyColumnLines, long cost, int bookedColumnLines) {
    public PagePlan {
        modules = List.copyOf(modules);
        rules = List.copyOf(rules);
    }

    public PagePlan(int bodyTop, int bodyLines, int columns, List<Module> modules, List<Rule> rules,
                    int emptyLines, int emptyColumnLines, long cost) {
        this(bodyTop, bodyLines, columns, modules, rules, emptyLines, emptyColumnLines, cost, 0);
    }

    /** The share of the body area's free column-lines (those no advertisement books) left empty, 0 … 1. */
    public double emptyShare() {
        return freeColumnLines() <= 0 ? 0 : emptyColumnLines / (double) freeColumnLines();
    }

    /** The page maker's cost of the plan ({@link PageMaker}) per free column-line of the body area. */
    public double costPerColumnLine() {
        return freeColumnLines() <= 0 ? 0 : cost / (double) freeColumnLines();
    }

    /** The body area's column-lines the articles may take: all less those booked for advertisements. */
    public int freeColumnLines() {
        return columns * bodyLines - bookedColumnLines;
    }

    public int oversetLines() {
        return modules.stream().mapToInt(Module::overset).sum();
    }
}
