package paiban.compose;

/**
 * One column segment of an article's body: {@code count} body lines in base column {@code col} (page column index)
 * starting at grid line {@code line}, holding the flow's lines {@code first … first+count-1}.
 */
public record Leg(int col, int line, int count, int first) {
}
