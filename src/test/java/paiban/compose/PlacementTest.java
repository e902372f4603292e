package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a module's photo and legs go once its shape is chosen. */
class PlacementTest {

    /** 4 columns, headline 3 lines deep over the first 3 (inset 1), a 2-column photo 10 lines tall with 1 caption line. */
    private static Module inset(int bodyLines) {
        FakeExtent e = new FakeExtent(3, bodyLines, 1.5, 1);
        int blocked = 10 + 1 + ModuleShape.PHOTO_GAP;
        int body = ModuleShape.bodyHeight(bodyLines, 4, 2, blocked, 1, 3);
        ModuleShape s = new ModuleShape(4, 3, 2, 10, 1, body, 3 + body, 3 + body, 1);
        return Placement.module(0, 0, e, s, 0, 0, 3 + body);
    }

    @Test
    void inAnInsetModuleThePhotoStandsAtTheFootOfTheLastColumnsTheOneBesideTheHeadlineIncluded() {
        Module m = inset(70);
        PhotoSlot p = m.photo();
        assertNotNull(p);
        assertEquals(2, p.col(), "the photo over the module's last two columns");
        assertEquals(m.line() + m.lines(), p.line() + p.lines() + p.captionLines(), "photo and caption at the foot");
        Leg beside = m.legs().get(m.legs().size() - 1);
        assertEquals(3, beside.col());
        assertEquals(0, beside.line(), "the last column starts beside the headline");
        assertEquals(70, m.legs().stream().mapToInt(Leg::count).sum(), "every line placed");
    }

    @Test
    void textOverAPhotoAtTheFootEndsOnOneLine() {
        for (int lines = 40; lines < 80; lines++) {
            Module m = inset(lines);
            List<Leg> over = m.legs().stream().filter(l -> l.col() >= m.photo().col()).toList();
            int end = over.get(0).line() + over.get(0).count();
            for (Leg l : over) {
                assertEquals(end, l.line() + l.count(), lines + " lines: " + m.legs());
            }
            assertEquals(m.photo().line() - ModuleShape.PHOTO_GAP, end, "a gap line between text and photo");
            for (Leg l : m.legs()) {
                assertTrue(m.foot(l) >= m.line() + m.lines() - 1, lines + " lines: legs end within a line of the foot");
            }
        }
    }
}
