package paiban.compose;

/**
 * Where a module's photo goes: from page column {@code col}, {@code span} columns wide, from grid line {@code line},
 * the picture {@code lines} tall and its captions {@code captionLines} under it.
 */
public record PhotoSlot(int col, int line, int span, int lines, int captionLines) {
}
