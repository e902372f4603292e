package paiban.compose;

/**
 * A separating rule in grid units. Horizontal rules run along the middle of grid line {@code line} (a whole line is
 * given to rule and space, so the text under it stays on the grid) from column {@code col} over {@code span}
 * columns; vertical rules stand in the gutter left of column {@code col} from line {@code line} for {@code lines}.
 */
public record Rule(boolean horizontal, int col, int span, int line, int lines) {
}
