package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module whose head stands top to bottom beside its text: the body is at least as tall as the head, the head hangs
 * from the module's top with no air over the text, and it stands only over one or two columns.
 */
class VerticalHeadShapeTest {

    private static final double COLUMN = 126;
    private static final double GUTTER = 9;
    private static final double PITCH = 12.5;

    /** An article with no headline block across and a vertical head {@code head} lines long. */
    private record Vertical(int head, int bodyLines) implements ArticleExtent {
        public int headlineLines() {
            return 0;
        }

        public int verticalHeadLines() {
            return head;
        }

        public double photoAspect() {
            return 0;
        }

        public int captionLines(int photoSpan) {
            return 0;
        }
    }

    private static ModuleShape fit(ArticleExtent e, int span, int target) {
        return ModuleShape.fit(e, span, 0, target, COLUMN, GUTTER, PITCH, 0);
    }

    @Test
    void aLongTextRunsItsLegsFromTheTopBesideTheHead() {
        ModuleShape s = fit(new Vertical(18, 60), 2, 400);
        assertEquals(0, s.headlineLines(), "no block across the columns, no air over the text");
        assertEquals(30, s.bodyLines());
        Module m = Placement.module(10, 0, new Vertical(18, 60), s, 1, 0, s.usedHeight());
        assertEquals(List.of(new Leg(1, 10, 30, 0), new Leg(2, 10, 30, 30)), m.legs(), "both legs from the top");
    }

    @Test
    void aShortTextMakesTheModuleAsTallAsTheHeadAndTheGapIsCountedEmpty() {
        Vertical e = new Vertical(20, 24);
        ModuleShape s = fit(e, 2, 400);
        assertEquals(20, s.usedHeight(), "the module covers the head's length");
        assertEquals(20, ModuleShape.minHeight(e, 2, 0, COLUMN, GUTTER, PITCH, 0));
        assertEquals(2 * 20 - 24 - 1, s.geometry().emptyInside(24, s.bodyLines()),
                "the page maker sees the lines under the short legs as empty");
        assertNull(fit(e, 2, 19), "no shorter module holds the head");
    }

    @Test
    void aVerticalHeadStandsOverOneOrTwoColumnsNeverInset() {
        Vertical e = new Vertical(12, 40);
        assertTrue(fit(e, 1, 400) != null && fit(e, 2, 400) != null);
        assertNull(fit(e, 3, 400), "beside three columns the head reads as a stray column");
        assertEquals(0, ModuleShape.minHeight(e, 3, 0, COLUMN, GUTTER, PITCH, 0));
        assertNull(ModuleShape.fit(e, 3, 0, 400, COLUMN, GUTTER, PITCH, 1), "never inset");
    }
}
