package paiban.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LengthTest {

    @Test
    void haoNamesAreTheDtpSizes() {
        assertEquals(9f, Length.parse("小五"));
        assertEquals(10.5f, Length.parse("五号"));
        assertEquals(42f, Length.parse("初号"));
        assertEquals(7.5f, Length.parse("六号"));
    }

    @Test
    void metricAndQUnitsConvertToPoints() {
        assertEquals(8.504f, Length.parse("3mm"), 0.001);
        assertEquals(28.346f, Length.parse("1cm"), 0.001);
        assertEquals(9f, Length.parse("9pt"));
        // 1 Q (级) is a quarter millimetre: 12.7 Q is about 小五.
        assertEquals(9.0f, Length.parse("12.7Q"), 0.01);
        assertEquals(Length.parse("12.7Q"), Length.parse("12.7级"));
    }

    @Test
    void aWrongLengthSaysWhatWasWrongAndHowToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Length.parse("9 inches"));
        assertTrue(e.getMessage().contains("9 inches") && e.getMessage().contains("mm"), e.getMessage());
    }
}
