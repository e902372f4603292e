package paiban.page;

import java.util.List;
import paiban.text.Alignment;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.StyledText;
import paiban.text.TextStyle;
import paiban.text.Typesetter;

/** Sets short furniture texts (masthead, header band) as single unbroken lines, to be placed by measure. */
final class DisplayText {

    private static final float UNBOUNDED = 100_000f;
    private final Typesetter typesetter = new Typesetter();

    Line line(String text, TextStyle style) {
        List<Line> lines = typesetter.set(List.of(new StyledText(text, style)),
                new ParagraphFormat(UNBOUNDED, 0, Alignment.LEFT));
        return lines.isEmpty() ? new Line(List.of(), UNBOUNDED, 0, true) : lines.get(0);
    }

    /** Several runs of different styles on one line (e.g. a name and its smaller suffix). */
    Line line(List<StyledText> runs) {
        List<Line> lines = typesetter.set(runs, new ParagraphFormat(UNBOUNDED, 0, Alignment.LEFT));
        return lines.isEmpty() ? new Line(List.of(), UNBOUNDED, 0, true) : lines.get(0);
    }
}
