package cn.gov.opendata.application.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 春节, 端午 and 中秋 of 2018–2035 as the State Council notices (2018–2026, also in the project's calendar data) and
 * the 紫金山天文台 calendars publish them. The years with a leap month (2020 闰四月, 2023 闰二月, 2025 闰六月, 2028 闰五月,
 * 2031 闰三月, 2033 闰十一月) and the new moons at the edge of midnight (2027, 2030) are in the list.
 */
class ChineseLunarDatesTest {

    @ParameterizedTest(name = "{0}: 春节 {1}, 端午 {2}, 中秋 {3}")
    @CsvSource({
            "2018, 2018-02-16, 2018-06-18, 2018-09-24",
            "2019, 2019-02-05, 2019-06-07, 2019-09-13",
            "2020, 2020-01-25, 2020-06-25, 2020-10-01",
            "2021, 2021-02-12, 2021-06-14, 2021-09-21",
            "2022, 2022-02-01, 2022-06-03, 2022-09-10",
            "2023, 2023-01-22, 2023-06-22, 2023-09-29",
            "2024, 2024-02-10, 2024-06-10, 2024-09-17",
            "2025, 2025-01-29, 2025-05-31, 2025-10-06",
            "2026, 2026-02-17, 2026-06-19, 2026-09-25",
            "2027, 2027-02-06, 2027-06-09, 2027-09-15",
            "2028, 2028-01-26, 2028-05-28, 2028-10-03",
            "2029, 2029-02-13, 2029-06-16, 2029-09-22",
            "2030, 2030-02-03, 2030-06-05, 2030-09-12",
            "2031, 2031-01-23, 2031-06-24, 2031-10-01",
            "2032, 2032-02-11, 2032-06-12, 2032-09-19",
            "2033, 2033-01-31, 2033-06-01, 2033-09-08",
            "2034, 2034-02-19, 2034-06-20, 2034-09-27",
            "2035, 2035-02-08, 2035-06-10, 2035-09-16"})
    void festivalsFallOnTheirPublishedDays(int year, String springFestival, String dragonBoat, String midAutumn) {
        assertEquals(LocalDate.parse(springFestival), ChineseLunarDates.of(year, 1, 1));
        assertEquals(LocalDate.parse(dragonBoat), ChineseLunarDates.of(year, 5, 5));
        assertEquals(LocalDate.parse(midAutumn), ChineseLunarDates.of(year, 8, 15));
    }

    @ParameterizedTest(name = "冬至 {0}")
    @CsvSource({"2018-12-22", "2019-12-22", "2020-12-21", "2021-12-21", "2022-12-22", "2023-12-22", "2024-12-21",
            "2025-12-21", "2026-12-22", "2033-12-21"})
    void winterSolsticeFallsOnItsPublishedDay(String day) {
        LocalDate expected = LocalDate.parse(day);
        assertEquals(expected, ChineseLunarDates.winterSolstice(expected.getYear()));
    }

    /**
     * A second opinion over a century: ICU4J's Chinese calendar agrees on every 春节, 端午 and 中秋 of 1991–2100 but two,
     * both new moons within minutes of midnight China time that ICU4J 79.1 places on the wrong side (see NewMoonTest).
     */
    @Test
    void agreesWithIcu4jOverACenturyButForItsTwoMidnightNewMoons() {
        List<String> differences = new ArrayList<>();
        for (int year = 1991; year <= 2100; year++) {
            for (int[] date : new int[][]{{1, 1}, {5, 5}, {8, 15}}) {
                LocalDate ours = ChineseLunarDates.of(year, date[0], date[1]);
                LocalDate icu = icu(year, date[0], date[1]);
                if (!ours.equals(icu)) {
                    differences.add(year + "-" + date[0] + "-" + date[1] + ": " + ours + " (ICU4J " + icu + ")");
                }
            }
        }
        assertEquals(List.of("2027-1-1: 2027-02-06 (ICU4J 2027-02-07)", "2030-1-1: 2030-02-03 (ICU4J 2030-02-02)"), differences);
    }

    private static LocalDate icu(int year, int month, int day) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        calendar.setTimeInMillis(LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        calendar.set(ChineseCalendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
