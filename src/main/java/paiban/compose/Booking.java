package paiban.compose;

/**
 * Cells of the body area booked before the articles are placed (an advertisement block): columns {@code col …
 * col+span-1}, grid lines {@code line … line+lines-1} counted from the body area's top. One grid line between the
 * block and the articles over or under it stays empty; beside it the gutter separates.
 */
public record Booking(int col, int line, int span, int lines) {

    int end() {
        return line + lines;
    }

    int colEnd() {
        return col + span;
    }

    /** The part of the booking inside {@code r}, or null when they share no cell. */
    Booking within(FreeArea.Region r) {
        int c0 = Math.max(col, r.col());
        int c1 = Math.min(colEnd(), r.col() + r.span());
        int l0 = Math.max(line, r.line());
        int l1 = Math.min(end(), r.line() + r.lines());
        return c0 < c1 && l0 < l1 ? new Booking(c0, l0, c1 - c0, l1 - l0) : null;
    }
}
