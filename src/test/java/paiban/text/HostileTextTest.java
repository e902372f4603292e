package paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text no writer means but a file can hold: the typesetter stays linear and keeps every character. */
class HostileTextTest {

    @Test
    void aHundredThousandCombiningMarksOnOneLetter() {
        String zalgo = "字a" + "\u0301".repeat(100_000) + "字";
        List<Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Galleys.set(zalgo, Galleys.column(13)));
        assertEquals(zalgo, Galleys.text(lines));
    }

    @Test
    void aHundredThousandCharactersWithoutABreakOpportunity() {
        String word = "a".repeat(100_000);
        List<Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Galleys.set(word, Galleys.column(13)));
        assertEquals(word, Galleys.text(lines));
        assertTrue(lines.size() > 1000, "split between letters as a last resort");
    }

    @Test
    void theBreakerLooksBackAtMostABoundedNumberOfBoxes() {
        assertTrue(LineBreaker.MAX_LINE_BOXES >= 500, "far more than any line of visible characters holds");
    }
}
