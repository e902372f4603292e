package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ways a desk writes a module's size and corner, in Chinese and in English, and what is refused. */
class FixedTest {
    @Test
    void sizesAreColumnsByLines() {
        for (String v : new String[] {"3x40", "3×40", "3 x 40", "3栏×40行", "3栏40行", "3X40"}) {
            Fixed f = Fixed.size(v);
            assertEquals(3, f.columns(), v);
            assertEquals(40, f.lines(), v);
        }
    }

    @Test
    void cornersAreAColumnAndALine() {
        for (String v : new String[] {"第4栏 第20行", "4栏 20行", "4栏20行", "col 4, line 20", "column 4 line 20",
                "第4栏，第20行"}) {
            Fixed f = Fixed.at(v, Fixed.NONE);
            assertEquals(4, f.column(), v);
            assertEquals(20, f.line(), v);
        }
    }

    @Test
    void aCornerKeepsTheSizeGivenWithIt() {
        Fixed f = Fixed.at("第2栏 第9行", Fixed.size("3x40"));
        assertEquals(new Fixed(2, 9, 3, 40), f);
        assertEquals("module 3x40 at column 2, line 9", f.describe());
    }

    @Test
    void malformedOrZeroValuesAreRefusedWithTheWayToWriteThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixed.size("3 columns"));
        assertTrue(e.getMessage().contains("module: 3x40"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fixed.size("0x40"));
        assertThrows(IllegalArgumentException.class, () -> Fixed.at("第4栏", Fixed.NONE));
        assertThrows(IllegalArgumentException.class, () -> Fixed.at("第0栏 第3行", Fixed.NONE));
    }
}
