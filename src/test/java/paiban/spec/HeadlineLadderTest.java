package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline ladder as a layout names it: read, checked, and the sizes each rank may take. */
class HeadlineLadderTest {

    private static final Path BROADSHEET = Path.of("layouts", "broadsheet.yaml");

    @Test
    void theBroadsheetNamesItsLadderRungByRung() throws Exception {
        HeadlineLadder l = LayoutLoader.load(BROADSHEET).headlines();
        assertEquals(List.of(42f, 36f), l.rung(Rank.LEAD).sizes());
        assertEquals(List.of(26f, 24f, 22f), l.rung(Rank.SECOND).sizes());
        assertEquals(List.of(14f), l.rung(Rank.BRIEF).sizes());
        for (Rank r : List.of(Rank.SECOND, Rank.OTHERS, Rank.BRIEF)) {
            assertTrue(l.rung(r).largest() < l.lead().smallest(), "the lead is the largest headline: " + r);
        }
    }

    @Test
    void aRungAboveTheLeadIsRefusedWithItsLine() throws Exception {
        String yaml = Files.readString(BROADSHEET).replace("  second: 一号–二号", "  second: 初号–二号");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "my.yaml"));
        assertTrue(e.getMessage().startsWith("my.yaml:" + lineOf(yaml, "second: 初号") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("lead"), e.getMessage());
    }

    @Test
    void aRungWrittenSmallestFirstIsRefused() throws Exception {
        String yaml = Files.readString(BROADSHEET).replace("  others: 二号–三号", "  others: 三号–二号");
        LayoutException e = assertThrows(LayoutException.class, () -> LayoutLoader.parse(yaml, "my.yaml"));
        assertTrue(e.getMessage().contains("larger size first"), e.getMessage());
    }

    @Test
    void briefsAreShortPiecesWhateverTheirOrderAndTheLeadIsFirst() {
        HeadlineLadder l = HeadlineLadder.DEFAULT;
        assertEquals(Rank.LEAD, Rank.of(0, 50, l));
        assertEquals(Rank.SECOND, Rank.of(1, 2000, l));
        assertEquals(Rank.BRIEF, Rank.of(1, 100, l));
        assertEquals(Rank.OTHERS, Rank.of(4, 2000, l));
    }

    @Test
    void kickersAndSubtitlesStandTwoHaoBelowTheirHeadlineButAboveTheBody() {
        assertEquals(16f, HeadlineLadder.underHeadline(22, 26, 9)); // 一号 → 三号
        assertEquals(14f, HeadlineLadder.underHeadline(22, 22, 9)); // 二号 → 四号
        assertEquals(15f, HeadlineLadder.underHeadline(15, 42, 9)); // its own size when that is smaller
        assertEquals(12f, HeadlineLadder.underHeadline(15, 15, 9)); // never down to the body: 小四 over 小五
        assertEquals(12f, HeadlineLadder.underHeadline(15, 14, 9)); // and always below the headline
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
