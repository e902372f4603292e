package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page maker grows a photo only within its limits, whatever room a thin page leaves. */
class PhotoLimitsTest {

    /** 8 columns of 117 pt, 9 pt gutters, 13.5 pt lines: the broadsheet in points. */
    private static final double COLUMN = 117;
    private static final double GUTTER = 9;
    private static final double PITCH = 13.5;

    /** An article's extent with a photo of {@code aspect} held to {@code limits}. */
    private record Limited(int headlineLines, int bodyLines, double photoAspect, PhotoLimits photoLimits)
            implements ArticleExtent {
        @Override
        public int captionLines(int photoSpan) {
            return 1;
        }
    }

    private static PhotoLimits head() {
        return new PhotoLimits(0, 0, 1, 0, Double.POSITIVE_INFINITY);
    }

    @Test
    void theWidthsASlotMayTake() {
        assertArrayEquals(new int[] {2, 3, 4}, PhotoLimits.FREE.spans(4), "from half the module to all of it");
        assertArrayEquals(new int[] {1}, head().spans(4), "a head shot: one column in any module");
        assertArrayEquals(new int[] {3}, new PhotoLimits(3, 0, Integer.MAX_VALUE, 0, 1e9).spans(5));
        assertArrayEquals(new int[0], new PhotoLimits(3, 0, Integer.MAX_VALUE, 0, 1e9).spans(2),
                "three columns do not stand in two");
        assertArrayEquals(new int[] {3}, new PhotoLimits(0, 50, Integer.MAX_VALUE, 0, 1e9).spans(5), "50 % of 5");
        assertArrayEquals(new int[] {1}, new PhotoLimits(0, 10, Integer.MAX_VALUE, 0, 1e9).spans(3), "at least one");
        assertArrayEquals(new int[] {3}, new PhotoLimits(0, 0, 3, 0, 1e9).spans(8), "half of 8 yields to the max");
        assertArrayEquals(new int[] {2, 3}, new PhotoLimits(0, 0, 3, 0, 1e9).spans(4));
        assertEquals(3, new PhotoLimits(0, 0, 3, 0, 1e9).widest(8));
    }

    @Test
    void theWidestSlotKeepsTheTallestPictureWithinItsHeight() {
        // a 3:4 portrait within 707 pt (half a 499 mm type area): 4 columns are 495 pt wide, 660 pt tall; 5 are 825
        assertEquals(4, PhotoLimits.widestWithin(0.75, 707.2, k -> k * COLUMN + (k - 1) * GUTTER, 8));
        assertEquals(1, PhotoLimits.widestWithin(0.1, 707.2, k -> k * COLUMN + (k - 1) * GUTTER, 8),
                "never under one column");
    }

    @Test
    void aThinPageDoesNotBlowAHeadShotPastOneColumn() throws PinException {
        PageMaker maker = new PageMaker(8, 0, 80, COLUMN, GUTTER, PITCH);
        // a short text, a portrait: nothing else on the page
        PagePlan free = maker.make(List.of(new ArticleRequest("free", null, false,
                s -> new Limited(4, 8, 0.75, PhotoLimits.FREE))));
        PagePlan held = maker.make(List.of(new ArticleRequest("head", null, false,
                s -> new Limited(4, 8, 0.75, head()))));
        assertTrue(free.modules().get(0).photo().span() > 1, "unlimited, the photo grows to fill the page");
        PhotoSlot slot = held.modules().get(0).photo();
        assertEquals(1, slot.span());
        // one column of 117 pt at 3:4 is 156 pt: 12 lines at most with the crop limit, never the page
        assertTrue(slot.lines() <= Math.floor(156 / 0.9 / PITCH) + 1, "head shot " + slot.lines() + " lines");
    }

    @Test
    void aPhotoOfFixedLinesTakesThemWhateverItsShape() {
        PhotoLimits box = new PhotoLimits(2, 0, Integer.MAX_VALUE, 20, Double.POSITIVE_INFINITY);
        ArticleExtent e = new Limited(4, 30, 0.75, box);
        ModuleShape s = ModuleShape.fit(e, 3, 2, 80, COLUMN, GUTTER, PITCH, 0);
        assertEquals(20, s.photoLines());
        assertEquals(2, s.photoSpan());
    }

    @Test
    void anUnsizedPhotoStopsAtItsHeightCropIncluded() {
        // a 1:3 photo one column wide is 351 pt tall, 390 pt at its loosest crop (28 lines); held to 340 pt
        ArticleExtent free = new Limited(4, 10, 1 / 3.0, PhotoLimits.FREE);
        assertEquals(28, ModuleShape.fit(free, 1, 1, 80, COLUMN, GUTTER, PITCH, 0).photoLines());
        ArticleExtent e = new Limited(4, 10, 1 / 3.0, new PhotoLimits(0, 0, 1, 0, 340));
        ModuleShape s = ModuleShape.fit(e, 1, 1, 80, COLUMN, GUTTER, PITCH, 0);
        assertEquals(25, s.photoLines(), "340 pt is 25 lines of 13.5 pt");
    }
}
