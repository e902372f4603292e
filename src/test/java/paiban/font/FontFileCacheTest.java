package paiban.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Compressed font programs kept by their bytes: the same program gives the same stream; the kept bytes are bounded. */
class FontFileCacheTest {

    @Test
    void aProgramFoundKeptIsTheStreamCompressingItAgainGives() throws Exception {
        FontFileCache cache = new FontFileCache();
        byte[] program = program(1, 200_000);
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            COSStream made = cache.flate(first, program);
            COSStream found = cache.flate(second, program.clone());
            assertEquals(1, cache.found());
            assertEquals(COSName.FLATE_DECODE, found.getItem(COSName.FILTER));
            assertArrayEquals(raw(made), raw(found), "the same compressed bytes");
            try (InputStream in = found.createInputStream()) {
                assertArrayEquals(program, in.readAllBytes(), "which decompress to the program");
            }
        }
    }

    @Test
    void theLeastRecentlyUsedProgramsGoOnceTheBudgetIsPassed() throws Exception {
        long budget = 1_000_000;
        FontFileCache cache = new FontFileCache(budget);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 6; i++) {
                cache.flate(doc, program(i, 150_000));
                assertTrue(cache.kept() <= budget, "kept " + cache.kept());
            }
            cache.flate(doc, program(5, 150_000));
            assertEquals(1, cache.found(), "the newest is kept");
            cache.flate(doc, program(0, 150_000));
            assertEquals(1, cache.found(), "the oldest was dropped");
        }
    }

    /** Bytes that compress about as a font program does: a random walk over a small alphabet. */
    private static byte[] program(int seed, int length) {
        Random r = new Random(seed);
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (r.nextInt(40) + (i % 7));
        }
        return b;
    }

    private static byte[] raw(COSStream s) throws Exception {
        try (InputStream in = s.createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
