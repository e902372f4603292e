package paiban.flow;

import paiban.compose.PagePlan;

/** A page's plan and the grid (body size) it was made on. */
public record PlannedPage(BodyGrid grid, PagePlan plan) {

    /** Makes a page's plan on a grid; pin errors and I/O failures come out as thrown. */
    @FunctionalInterface
    interface Planner {
        PagePlan plan(BodyGrid grid, boolean jumps);
    }
}
