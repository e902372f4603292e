package paiban.galley;

import java.util.ArrayList;
import java.util.List;

import paiban.UserError;
import paiban.model.Article;
import paiban.spec.LayoutSpec;
import paiban.text.Line;
import paiban.message.Message;

/**
 * What a box does to an article's galley. The text keeps the grid: the box takes a whole line over the headline
 * block and one under the text, and half a gutter inside each side, so the headline block and every column are set
 * one gutter narrower and stand half a gutter in from the module's edges (the page draws the frame in the gutter
 * and the gap lines round the module).
 */
final class BoxedGalley {
    private BoxedGalley() {
    }

    /** How far the text stands in from the module's sides: half a gutter. */
    static float inset(Article a, float gutter) {
        return a.furniture().boxed() ? gutter / 2f : 0f;
    }

    /** The box the article asks for must be one the layout names; the message names the article's line. */
    static void check(Article a, LayoutSpec spec) {
        String box = a.furniture().box();
        if (box != null && !spec.furniture().boxes().containsKey(box)) {
            Message known = spec.furniture().boxes().isEmpty()
                    ? Message.of("box.layout-has-none")
                    : Message.of("box.layout-has", spec.name(), String.join(", ", spec.furniture().boxes().keySet()));
            throw new UserError(Message.at(a.pos(), Message.of("box.unknown", box, a.title(),
                    known)));
        }
    }

    /** The headline block moved in by {@code inset} and down by one grid line: the box's top line. */
    static HeadBlock head(HeadBlock head, float inset, float pitch) {
        List<SetLine> moved = new ArrayList<>();
        for (SetLine l : head.lines()) {
            moved.add(new SetLine(l.line(), l.x() + inset, l.baseline() + pitch, l.color(), l.role()));
        }
        return new HeadBlock(moved, head.height() + pitch, head.gridLines() + 1, head.vertical());
    }

    /** The body with an empty line after it: the box's foot line, so the text's end stands clear of the frame. */
    static List<Line> body(List<Line> body, float measure) {
        List<Line> out = new ArrayList<>(body);
        out.add(new Line(List.of(), measure, 0, true));
        return out;
    }
}
