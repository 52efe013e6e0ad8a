package cn.gov.opendata.application.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewMoonTest {

    @Test
    void meeusWorkedExample49a() {
        // Astronomical Algorithms, example 49.a: the new moon of February 1977 (k = −283), JDE 2443192.65118
        assertEquals(2443192.65118, NewMoon.jde(-283), 0.00001);
    }

    /**
     * New moons near midnight China time, where a minute decides the first day of a lunar month; times (UT) from the
     * published new-moon tables (HM Nautical Almanac Office / USNO), rounded to the minute.
     */
    @ParameterizedTest(name = "new moon {0} UT starts its month on {1} China time")
    @CsvSource({
            "2027-02-06T15:56:00Z, 2027-02-06",   // 23:56 CST: 正月初一 of 2027 is 6 February (ICU4J 79.1 says 7)
            "2030-02-02T16:07:00Z, 2030-02-03",   // 00:07 CST: 正月初一 of 2030 is 3 February (ICU4J 79.1 says 2)
            "2018-02-15T21:05:00Z, 2018-02-16",
            "2025-01-29T12:36:00Z, 2025-01-29"})
    void theInstantIsRightToTheMinuteAndItsChinaDayFollows(String published, String chinaDay) {
        Instant expected = Instant.parse(published);
        long k = NewMoon.nearest(expected.getEpochSecond() / 86_400d + 2440587.5);
        Duration error = Duration.between(expected, NewMoon.instant(k)).abs();
        assertTrue(error.compareTo(Duration.ofMinutes(1)) <= 0, "off by " + error);
        assertEquals(LocalDate.parse(chinaDay), NewMoon.dayInChina(k));
    }

    @Test
    void theMonthContainingADayStartsOnOrBeforeItAndTheNextAfterIt() {
        for (LocalDate day = LocalDate.of(2026, 12, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            long k = NewMoon.monthContaining(day);
            assertTrue(!NewMoon.dayInChina(k).isAfter(day) && NewMoon.dayInChina(k + 1).isAfter(day), day.toString());
        }
    }
}
