package paiban.page;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The date forms a header band prints (typesetting-zh.md §8.2): 2025年5月16日, 星期五, and the lunar date
 * 农历乙巳年四月十九, all computed from the one date the user typed.
 */
public final class IssueDates {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] MONTHS = {"正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
        "冬月", "腊月"};
    private static final String DIGITS = "一二三四五六七八九十";

    private static final com.ibm.icu.util.TimeZone BEIJING = new SimpleTimeZone(8 * 3600 * 1000, "GMT+8");

    private IssueDates() {
    }

    public static String gregorian(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String weekday(LocalDate d) {
        return WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    }

    public static String lunar(LocalDate d) {
        // Beijing time and a locale with its region stated: the default ones would have ICU look up the system time
        // zone and the likely region of the default locale, which costs more than the date itself.
        ChineseCalendar c = new ChineseCalendar(BEIJING, ULocale.CHINA);
        c.setTime(Date.from(d.atTime(12, 0).toInstant(ZoneOffset.ofHours(8))));
        int cycleYear = c.get(ChineseCalendar.YEAR) - 1; // 1..60 within the cycle
        String year = "" + STEMS.charAt(cycleYear % 10) + BRANCHES.charAt(cycleYear % 12) + "年";
        int month = c.get(ChineseCalendar.MONTH);
        boolean leap = c.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
        int day = c.get(ChineseCalendar.DAY_OF_MONTH);
        return "农历" + year + (leap ? "闰" : "") + MONTHS[month] + day(day);
    }

    private static String day(int d) {
        if (d <= 10) {
            return "初" + DIGITS.charAt(d - 1);
        }
        if (d < 20) {
            return "十" + DIGITS.charAt(d - 11);
        }
        if (d == 20) {
            return "二十";
        }
        if (d < 30) {
            return "廿" + DIGITS.charAt(d - 21);
        }
        return "三十";
    }
}
