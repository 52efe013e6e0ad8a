package cn.gov.opendata.application.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Due dates below were counted by hand on the printed 2018/2019 calendars. */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar OFFICIAL = OfficialCalendar.calendar(new ObjectMapper());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2018-01-01, false",   // 元旦
            "2018-01-02, true",
            "2018-02-10, false",   // ordinary Saturday
            "2018-02-11, true",    // 调休 Sunday before the Spring Festival
            "2018-02-15, false",
            "2018-02-21, false",
            "2018-02-22, true",
            "2018-02-24, true",    // 调休 Saturday
            "2018-04-07, false",   // Saturday inside the Qingming break
            "2018-04-08, true",    // 调休 Sunday
            "2018-06-18, false",   // 端午 Monday
            "2018-09-24, false",   // 中秋 Monday
            "2018-09-29, true",    // 调休 Saturday before National Day
            "2018-09-30, true",    // 调休 Sunday before National Day
            "2018-10-05, false",
            "2018-10-08, true",
            "2018-12-29, true",    // 调休 Saturday from the 2019 notice
            "2018-12-30, false",
            "2018-12-31, false",   // a Monday off
            "2019-01-01, false",
            "2019-02-02, true",
            "2019-05-04, false",   // revised Labour Day
            "2019-05-05, true",
            "2020-02-01, false",   // COVID extension: make-up Saturday withdrawn
            "2020-01-31, false",
            "2020-02-03, true",
            "2030-01-05, false",   // no data: ordinary Saturday
            "2030-01-07, true"
    })
    void knowsOfficialWorkingDays(LocalDate day, boolean working) {
        assertEquals(working, OFFICIAL.isWorkingDay(day));
    }

    @ParameterizedTest(name = "received {0} + {1} working days = {2}")
    @CsvSource({
            "2018-09-28, 20, 2018-10-31",  // 09-29/30 are make-up working days, 10-01..07 off
            "2018-02-07, 20, 2018-03-12",  // across the Spring Festival with two 调休 days
            "2018-12-27, 20, 2019-01-25",  // across the year boundary: 12-29 works, 12-30..01-01 off
            "2018-12-27, 40, 2019-02-27",  // and on across the 2019 Spring Festival
            "2018-09-28, 40, 2018-11-28",
            "2018-09-28, 7, 2018-10-12",
            "2018-09-28, 1, 2018-09-29",   // counting starts the next working day, a 调休 Saturday here
            "2018-01-05, 0, 2018-01-05",
            "2018-12-29, 1, 2019-01-02",
            "2018-01-06, 1, 2018-01-08"    // received on a Saturday: day 1 is Monday
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, OFFICIAL.addWorkingDays(start, days));
    }

    @Test
    void countsWorkingDaysInHalfOpenInterval() {
        assertEquals(20, OFFICIAL.workingDaysBetween(LocalDate.parse("2018-09-28"), LocalDate.parse("2018-10-31")));
        assertEquals(0, OFFICIAL.workingDaysBetween(LocalDate.parse("2018-09-30"), LocalDate.parse("2018-10-07")));
        assertEquals(0, OFFICIAL.workingDaysBetween(LocalDate.parse("2018-10-31"), LocalDate.parse("2018-10-01")));
        assertEquals(3, OFFICIAL.workingDaysBetween(LocalDate.parse("2018-12-27"), LocalDate.parse("2019-01-02")));
    }

    @Test
    void addingAndCountingAgreeEverywhere() {
        for (LocalDate d = LocalDate.parse("2017-12-01"); d.isBefore(LocalDate.parse("2027-01-31")); d = d.plusDays(1)) {
            LocalDate from = d;
            LocalDate due = OFFICIAL.addWorkingDays(from, 20);
            assertEquals(20, OFFICIAL.workingDaysBetween(from, due), () -> "from " + from);
            assertTrue(OFFICIAL.isWorkingDay(due));
        }
    }

    @Test
    void nextWorkingDaySkipsLongBreaks() {
        assertEquals(LocalDate.parse("2018-10-08"), OFFICIAL.nextWorkingDay(LocalDate.parse("2018-09-30")));
        assertEquals(LocalDate.parse("2020-02-03"), OFFICIAL.nextWorkingDay(LocalDate.parse("2020-01-23")));
    }

    @Test
    void weekendsOnlyCalendarHasNoHolidays() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekendsOnly();
        assertTrue(plain.isWorkingDay(LocalDate.parse("2018-10-01")));
        assertFalse(plain.isWorkingDay(LocalDate.parse("2018-09-29")));
    }

    @Test
    void customCalendarUsesItsOwnData() {
        WorkingDayCalendar custom = new WorkingDayCalendar(Set.of(LocalDate.parse("2030-01-07")), Set.of(LocalDate.parse("2030-01-05")));
        assertEquals(LocalDate.parse("2030-01-08"), custom.addWorkingDays(LocalDate.parse("2030-01-04"), 2));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.addWorkingDays(LocalDate.parse("2018-01-02"), -1));
    }

    @Test
    void theDayTableAnswersAsTheDeclaredDaysDoIncludingAcrossItsEnds() {
        Set<LocalDate> holidays = Set.of(LocalDate.parse("1989-12-29"), LocalDate.parse("1990-01-01"),
                LocalDate.parse("2018-10-01"), LocalDate.parse("2100-12-31"), LocalDate.parse("2101-01-02"));
        Set<LocalDate> makeUps = Set.of(LocalDate.parse("1989-12-30"), LocalDate.parse("2018-09-29"), LocalDate.parse("2101-01-01"));
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays, makeUps);
        java.util.Random random = new java.util.Random(7);
        LocalDate[] anchors = {LocalDate.parse("1989-12-15"), LocalDate.parse("2018-09-01"), LocalDate.parse("2100-12-15")};
        for (int n = 0; n < 3000; n++) {
            LocalDate from = anchors[n % anchors.length].plusDays(random.nextInt(40));
            LocalDate to = from.plusDays(random.nextInt(60) - 5);
            int expected = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                boolean working = makeUps.contains(d) || (d.getDayOfWeek().getValue() < 6 && !holidays.contains(d));
                assertEquals(working, calendar.isWorkingDay(d), d.toString());
                if (working) {
                    expected++;
                }
            }
            assertEquals(expected, calendar.workingDaysBetween(from, to), from + " to " + to);
        }
    }
}
