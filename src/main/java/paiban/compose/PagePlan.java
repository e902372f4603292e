package paiban.compose;

import java.util.List;

/**
 * The page maker's answer for one page: a module per article, the rules between them, and the grid lines left
 * empty at the foot of the body area ({@code emptyLines}, across the full width).
 */
public record PagePlan(int bodyTop, int bodyLines, int columns, List<Module> modules, List<Rule> rules,
                       int emptyLines) {
    public PagePlan {
        modules = List.copyOf(modules);
        rules = List.copyOf(rules);
    }

    public int oversetLines() {
        return modules.stream().mapToInt(Module::overset).sum();
    }
}
