package paiban.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueDatesTest {

    @Test
    void theSeedDateIsAFridayInTheFourthLunarMonthOfYiSi() {
        LocalDate d = LocalDate.of(2025, 5, 16);
        assertEquals("2025年5月16日", IssueDates.gregorian(d));
        assertEquals("星期五", IssueDates.weekday(d));
        assertEquals("农历乙巳年四月十九", IssueDates.lunar(d));
    }

    @Test
    void lunarNewYearAndLeapMonths() {
        // 2025-01-29 was 春节 (正月初一); 2025 has a leap sixth month (闰六月) starting 2025-07-25.
        assertEquals("农历乙巳年正月初一", IssueDates.lunar(LocalDate.of(2025, 1, 29)));
        assertEquals("农历乙巳年闰六月初一", IssueDates.lunar(LocalDate.of(2025, 7, 25)));
        assertEquals("星期日", IssueDates.weekday(LocalDate.of(2025, 7, 27)));
    }
}
