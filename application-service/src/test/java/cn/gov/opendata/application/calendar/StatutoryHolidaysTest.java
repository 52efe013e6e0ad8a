package cn.gov.opendata.application.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statutory holidays computed from new moons and solar terms, checked against the State Council notices on record. */
class StatutoryHolidaysTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void computedStatutoryDaysOf2018To2026AreOfficialHolidays() {
        for (OfficialCalendar.Year year : OfficialCalendar.years(new ObjectMapper())) {
            Set<LocalDate> official = new HashSet<>(year.holidays());
            for (LocalDate day : StatutoryHolidays.of(year.year())) {
                assertTrue(official.contains(day), day + " is a statutory holiday of " + year.year() + " but not in its notice");
            }
        }
    }

    @Test
    void since2025ThirteenDaysWithNewYearsEveAndTwoMayDays() {
        Set<LocalDate> y2027 = StatutoryHolidays.of(2027);
        assertEquals(Set.of(d("2027-01-01"), d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08"),
                d("2027-04-05"), d("2027-05-01"), d("2027-05-02"), d("2027-06-09"), d("2027-09-15"),
                d("2027-10-01"), d("2027-10-02"), d("2027-10-03")), y2027);
    }

    @Test
    void from2014To2024ElevenDaysWithoutNewYearsEve() {
        Set<LocalDate> y2024 = StatutoryHolidays.of(2024);
        assertEquals(11, y2024.size());
        assertTrue(y2024.containsAll(List.of(d("2024-02-10"), d("2024-02-11"), d("2024-02-12"), d("2024-04-04"),
                d("2024-05-01"), d("2024-06-10"), d("2024-09-17"))));
        assertFalse(y2024.contains(d("2024-02-09")), "除夕 became a statutory day only in 2025");
        assertFalse(y2024.contains(d("2024-05-02")));
    }

    @Test
    void from2008To2013SpringFestivalWasNewYearsEveAndTheFirstTwoDays() {
        Set<LocalDate> y2013 = StatutoryHolidays.of(2013);
        assertEquals(11, y2013.size());
        assertTrue(y2013.containsAll(List.of(d("2013-02-09"), d("2013-02-10"), d("2013-02-11"))));
        assertFalse(y2013.contains(d("2013-02-12")));
    }

    @Test
    void before2008NoQingmingDragonBoatOrMidAutumn() {
        assertEquals(10, StatutoryHolidays.of(2005).size());
        assertEquals(7, StatutoryHolidays.of(1995).size());
    }

    @Test
    void qingmingIsTheSolarTerm() {
        assertEquals(d("2019-04-05"), StatutoryHolidays.qingming(2019));
        assertEquals(d("2020-04-04"), StatutoryHolidays.qingming(2020));
        assertEquals(d("2026-04-05"), StatutoryHolidays.qingming(2026));
        assertEquals(d("2027-04-05"), StatutoryHolidays.qingming(2027));
        assertEquals(d("2028-04-04"), StatutoryHolidays.qingming(2028));
    }

    @Test
    void yearWithoutNoticeIsEstimatedAndProvisional() {
        WorkingDayCalendar calendar = OfficialCalendar.calendar(new ObjectMapper());
        assertFalse(calendar.isWorkingDay(d("2027-01-01")), "元旦 2027 is a statutory holiday although no notice is on record");
        assertEquals(Set.of(2027), calendar.estimatedYears(d("2026-12-31"), d("2027-01-04")));
        assertTrue(calendar.estimatedYears(d("2026-01-05"), d("2026-12-31")).isEmpty());
        assertTrue(calendar.isWorkingDay(d("2027-02-09")), "make-up and bridging days are unknown: the day after 初三 counts as a weekday");
    }
}
