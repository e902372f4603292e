package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContentWriterTest {

    @Test
    void fastNumbersMatchTheFormatter() {
        SplittableRandom r = new SplittableRandom(42);
        double[] fixed = {0, -0.0, 0.0004, -0.0004, 0.0005, -0.0005, 0.0015, 1, -1, 12.5, 12.25, 12.125, 1107.38,
            0.1, 0.2, 0.3, 2.675, 1.0005, 1e8, -1e8, 1e10, Double.NaN, 3.0f, 13.5f, 0.88f * 9, 9.45f};
        for (double v : fixed) {
            assertEquals(ContentWriter.slowNum(v), ContentWriter.num(v), "for " + v);
        }
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * 3000;
                case 1 -> (float) ((r.nextDouble() - 0.5) * 3000);
                case 2 -> r.nextInt(-2_000_000, 2_000_000) / 2000.0;
                default -> (float) (r.nextInt(-2_000_000, 2_000_000) / 1000.0 * 0.9);
            };
            assertEquals(ContentWriter.slowNum(v), ContentWriter.num(v), () -> "for " + v);
        }
    }

    @Test
    void glyphCodesAreFourHexDigits() {
        for (int g : new int[] {0, 1, 0xA, 0xFF, 0x1234, 0xFFFF, 0x10000}) {
            assertEquals(String.format(Locale.ROOT, "%04X", g), ContentWriter.hex(g));
        }
    }
}
