package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.spec.BoxStyle;
import paiban.spec.Cmyk;

/** The box styles' marks: a thin rule, 文武线, 花边 and a K tint, all vector marks round the box's rectangle. */
class BoxFrameTest {
    private static List<Mark> draw(BoxStyle.Frame frame, float tint) {
        List<Mark> marks = new ArrayList<>();
        BoxFrame.draw(marks, new BoxStyle("x", frame, tint), 100, 200, 150, 90);
        return marks;
    }

    @Test
    void aTintIsAKFillUnderTheWholeBoxDrawnFirst() {
        List<Mark> marks = draw(BoxStyle.Frame.NONE, 0.15f);
        assertEquals(1, marks.size());
        BoxMark tint = assertInstanceOf(BoxMark.class, marks.get(0));
        assertEquals(Cmyk.BLACK.tint(0.15f), tint.fill());
        assertEquals(150, tint.width(), 0.01f);
        assertNull(tint.stroke());
    }

    @Test
    void aThinRuleFramesTheRectangle() {
        BoxMark frame = assertInstanceOf(BoxMark.class, draw(BoxStyle.Frame.THIN, 0).get(0));
        assertEquals(new BoxMark(100, 200, 150, 90, null, Cmyk.BLACK, 0.5f), frame);
    }

    @Test
    void thickAndThinPutsTheThickRuleOutside() {
        List<Mark> marks = draw(BoxStyle.Frame.THICK_THIN, 0);
        BoxMark outer = (BoxMark) marks.get(0);
        BoxMark inner = (BoxMark) marks.get(1);
        assertTrue(outer.strokeWeight() > inner.strokeWeight());
        assertTrue(outer.x() < 100 && inner.x() > 100, "the pair straddles the box's edge");
    }

    @Test
    void anOrnamentBorderIsTwoRulesAndARowOfSquaresAllRound() {
        List<Mark> marks = draw(BoxStyle.Frame.ORNAMENT, 0);
        long squares = marks.stream().filter(m -> m instanceof BoxMark b && b.fill() != null).count();
        assertTrue(squares >= 2 * (150 + 90) / 4, "squares all round: " + squares);
        for (Mark m : marks) {
            BoxMark b = (BoxMark) m;
            assertTrue(b.x() >= 98 && b.x() + b.width() <= 252 && b.y() >= 198 && b.y() + b.height() <= 292,
                    "every mark hugs the edge: " + b);
        }
    }
}
