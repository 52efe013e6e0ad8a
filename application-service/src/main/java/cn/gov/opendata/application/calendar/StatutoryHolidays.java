package cn.gov.opendata.application.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 as in force in a year: what is known of a year's rest days before
 * the State Council's notice (国务院办公厅关于YYYY年部分节假日安排的通知) fixes its bridging days and make-up working
 * days, which cannot be known in advance. Lunar dates are computed by the rules of the official calendar from
 * new moons precise to the minute ({@link ChineseLunarDates}, {@link NewMoon}: ICU4J's Chinese calendar put 2027's
 * 正月初一 a day late, the new moon being at 23:56 CST), 清明 from the sun's apparent longitude (the solar term at
 * 15°), both in China Standard Time; nothing is typed in by hand.
 *
 * <ul>
 *   <li>to 1998: 元旦 1, 春节 3 (初一至初三), 劳动节 1, 国庆 2 (1949 办法); 1999: 国庆 3 (revision in force 1999-09-18);</li>
 *   <li>2000–2007: 元旦 1, 春节 3, 劳动节 3, 国庆 3 (1999 revision);</li>
 *   <li>2008–2013: 元旦 1, 春节 3 (除夕、初一、初二), 清明 1, 劳动节 1, 端午 1, 中秋 1, 国庆 3 (2007 revision);</li>
 *   <li>2014–2024: as 2008 but 春节 初一至初三, no 除夕 (2013 revision);</li>
 *   <li>from 2025: 元旦 1, 春节 4 (除夕、初一至初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 (2024 revision).</li>
 * </ul>
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /** The statutory holidays of {@code year} that fall on any day of the week. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate newYear = lunar(year, 1, 1);
        if (year >= 2025 || (year >= 2008 && year <= 2013)) {
            days.add(newYear.minusDays(1));
        }
        int springDays = year >= 2008 && year <= 2013 ? 2 : 3;
        for (int i = 0; i < springDays; i++) {
            days.add(newYear.plusDays(i));
        }
        if (year >= 2008) {
            days.add(qingming(year));
            days.add(lunar(year, 5, 5));
            days.add(lunar(year, 8, 15));
        }
        int mayDays = year >= 2025 ? 2 : year >= 2000 && year <= 2007 ? 3 : 1;
        for (int i = 0; i < mayDays; i++) {
            days.add(LocalDate.of(year, 5, 1 + i));
        }
        int octoberDays = year >= 1999 ? 3 : 2;
        for (int i = 0; i < octoberDays; i++) {
            days.add(LocalDate.of(year, 10, 1 + i));
        }
        return days;
    }

    /** The Gregorian day of lunar month {@code month}, day {@code day} (not a leap month) of the lunar year starting in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return ChineseLunarDates.of(year, month, day);
    }

    /** 清明: the day, in China Standard Time, on which the sun's apparent longitude reaches 15°. */
    static LocalDate qingming(int year) {
        return Sun.dayReaching(15, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 9));
    }
}
