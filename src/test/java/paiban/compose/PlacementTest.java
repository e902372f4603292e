package paiban.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a module's photo and legs go once its shape is chosen. */
class PlacementTest {

    /** 4 columns, a 3-line headline over the first 3 (inset 1), a 2-column photo 10 lines tall, 1 caption line. */
    private static Module inset(int bodyLines) {
        FakeExtent e = new FakeExtent(3, bodyLines, 1.5, 1);
        int blocked = ModuleGeometry.photoBlock(10, 1);
        int body = new ModuleGeometry(4, 3, 1, 2, blocked).bodyHeight(bodyLines);
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
            assertEquals(m.photo().line() - ModuleGeometry.PHOTO_GAP, end, "a gap line between text and photo");
            for (Leg l : m.legs()) {
                assertTrue(m.foot(l) >= m.line() + m.lines() - 1, lines + " lines: legs end within a line of the foot");
            }
        }
    }

    /** A portrait photo beside little text: the lines left under the text are what the page maker counts as holes. */
    @Test
    void linesLeftEmptyUnderTextBesideATallPhotoAreCounted() {
        FakeExtent e = new FakeExtent(3, 20, 0.5, 1);
        ModuleShape s = ModuleShape.fit(e, 3, 2, 200, 126, 9, 13.5, 0);
        assertNotNull(s);
        Module m = Placement.module(0, 0, e, s, 0, 0, s.usedHeight());
        int foot = m.line() + m.lines();
        int empty = 0;
        for (int c = 0; c < 3; c++) {
            int end = m.line() + m.headlineLines();
            for (Leg l : m.legs()) {
                end = l.col() == c ? Math.max(end, m.foot(l)) : end;
            }
            PhotoSlot p = m.photo();
            if (c >= p.col()) {
                // under the headline here (no text over it), the photo keeps its gap line under the captions
                end = Math.max(end, p.line() + p.lines() + p.captionLines() + ModuleGeometry.PHOTO_GAP);
            }
            empty += foot - end;
        }
        assertTrue(empty > 10, "the text column ends far above the foot: " + m);
        assertEquals(empty - (3 - 1), s.geometry().emptyInside(20, s.bodyLines()), "all but a balanced rag's lines");
    }
}
