package paiban.page;

import java.util.List;

/** Everything on one page, ready to draw: trim size and bleed (pt), the marks in reading order, a title. */
public record PageDrawing(int number, float trimWidth, float trimHeight, float bleed, List<Mark> marks, String title) {
    public PageDrawing {
        marks = List.copyOf(marks);
    }
}
