package paiban.model;

/**
 * The size the desk gives a photo ({@code size:} in its quoted options): a number of columns, columns and grid
 * lines, or a share of its module's columns. Exactly one of {@code columns} and {@code percent} is set; {@code lines}
 * only with columns.
 */
public record PhotoSize(int columns, int lines, int percent) {

    public static PhotoSize columns(int columns) {
        return new PhotoSize(columns, 0, 0);
    }

    public static PhotoSize columnsByLines(int columns, int lines) {
        return new PhotoSize(columns, lines, 0);
    }

    public static PhotoSize share(int percent) {
        return new PhotoSize(0, 0, percent);
    }

    /** The columns of a module {@code span} columns wide the photo takes: its own, or its share (at least one). */
    public int columnsIn(int span) {
        return percent > 0 ? Math.max(1, Math.min(span, (int) Math.round(span * percent / 100.0))) : columns;
    }

    /** As the issue may write it again: {@code 2栏}, {@code 2x20}, {@code 50%}. */
    @Override
    public String toString() {
        return percent > 0 ? percent + "%" : lines > 0 ? columns + "x" + lines : columns + "栏";
    }
}
