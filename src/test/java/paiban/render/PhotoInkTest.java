package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The documented tone curve of grey pages and the separation of colour pages. */
class PhotoInkTest {

    private static Pixels rgb(int r, int g, int b) {
        return new Pixels(1, 1, Pixels.RGB, new byte[] {(byte) r, (byte) g, (byte) b});
    }

    @Test
    void aFiftyPercentGreyGivesFiftyPercentBlack() {
        double k = 1 - PhotoInk.grey(rgb(128, 128, 128)).at(0, 0, 0) / 255.0;
        assertEquals(0.50, k, 0.01);
        Pixels cmykK50 = new Pixels(1, 1, Pixels.CMYK, new byte[] {0, 0, 0, (byte) 128});
        assertEquals(0.50, 1 - PhotoInk.grey(cmykK50).at(0, 0, 0) / 255.0, 0.01);
    }

    @Test
    void neutralsSeparateIntoBlackAlone() {
        Pixels p = PhotoInk.colour(rgb(128, 128, 128), null);
        assertEquals(0, p.at(0, 0, 0));
        assertEquals(0, p.at(0, 0, 1));
        assertEquals(0, p.at(0, 0, 2));
        assertEquals(127, p.at(0, 0, 3), 1);
    }

    @Test
    void noColourTakesMoreThanTheInkLimit() {
        int worst = 0;
        for (int r = 0; r < 256; r += 5) {
            for (int g = 0; g < 256; g += 5) {
                for (int b = 0; b < 256; b += 5) {
                    Pixels p = PhotoInk.colour(rgb(r, g, b), null);
                    worst = Math.max(worst, p.at(0, 0, 0) + p.at(0, 0, 1) + p.at(0, 0, 2) + p.at(0, 0, 3));
                }
            }
        }
        assertTrue(worst * 100 / 255.0 <= PhotoInk.INK_LIMIT + 0.01, "worst total ink " + worst * 100 / 255.0);
        assertTrue(worst * 100 / 255.0 > 200, "the limit is reached, not avoided: " + worst * 100 / 255.0);
    }

    @Test
    void aCmykPhotoOverTheLimitKeepsItsBlack() {
        Pixels rich = new Pixels(1, 1, Pixels.CMYK, new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255});
        Pixels p = PhotoInk.colour(rich, null);
        assertEquals(255, p.at(0, 0, 3));
        int total = p.at(0, 0, 0) + p.at(0, 0, 1) + p.at(0, 0, 2) + p.at(0, 0, 3);
        assertTrue(total <= 240 * 255 / 100, "total " + total);
    }
}
