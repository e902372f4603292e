package paiban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words a photo's quotes may hold: aspect, size, head shot; everything else is named. */
class PhotoOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3:2|1.5|-|false", "3 : 2|1.5|-|false", "1.5|1.5|-|false", "2栏|-|2栏|false", "size: 2|-|2栏|false",
        "size:2|-|2栏|false", "尺寸：3栏|-|3栏|false", "2x20|-|2x20|false", "2 × 20|-|2x20|false",
        "2栏×20行|-|2x20|false", "2栏 20行|-|2x20|false", "size: 2x20|-|2x20|false", "50%|-|50%|false",
        "size: 50 %|-|50%|false", "头像|-|-|true", "head|-|-|true", "kind: head|-|-|true", "类别: 头像|-|-|true",
        "3:4 头像|0.75|-|true", "头像, 1栏|-|1栏|true", "4:3; size: 3栏|1.3333|3栏|false"})
    void whatTheQuotesSay(String options, String aspect, String size, boolean head) {
        PhotoOptions o = PhotoOptions.parse(options);
        if (aspect.equals("-")) {
            assertNull(o.aspect());
        } else {
            assertEquals(Double.parseDouble(aspect), o.aspect(), 1e-4);
        }
        assertEquals(size.equals("-") ? null : size, o.size() == null ? null : o.size().toString());
        assertEquals(head, o.headShot());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wide", "1x2", "size: 0", "0栏", "120%", "0%", "3:0", "kind: portrait", "头像 2栏",
        "头像 50%", "3:2 4:3", "2栏 3栏", "头像 head", "size: big"})
    void anythingElseIsNamed(String options) {
        PhotoOptions.Bad bad = assertThrows(PhotoOptions.Bad.class, () -> PhotoOptions.parse(options));
        assertFalse(bad.word.isEmpty());
        assertTrue(options.replace(" ", "").contains(bad.word.replace(" ", "")), bad.word + " in " + options);
    }
}
