package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.compose.Leg;
import paiban.compose.Module;
import paiban.compose.PhotoSlot;

/**
 * A box ends under what its module shows, not at the foot of a cell the page left taller: a guide of five entries in
 * a cell forty lines tall is not a frame round thirty empty lines.
 */
class BoxFootTest {
    @Test
    void aBoxInATallCellEndsUnderItsLongestLeg() {
        Module m = new Module(0, 4, 20, 2, 40, 6, null,
                List.of(new Leg(4, 26, 8, 0), new Leg(5, 26, 7, 8)), 0, 2, 4, 2);
        assertEquals(34, PageAssembler.contentFoot(m));
    }

    @Test
    void aPhotoUnderTheTextCounts() {
        Module m = new Module(0, 0, 10, 1, 40, 4, new PhotoSlot(0, 24, 1, 8, 2),
                List.of(new Leg(0, 14, 9, 0)), 0, 1, 0, 1);
        assertEquals(34, PageAssembler.contentFoot(m));
    }

    @Test
    void aFullModuleEndsAtItsFoot() {
        Module m = new Module(0, 0, 10, 1, 12, 4, null, List.of(new Leg(0, 14, 8, 0)), 0, 1, 0, 1);
        assertEquals(22, PageAssembler.contentFoot(m));
    }
}
