package cn.gov.opendata.application.calendar;

import java.time.LocalDate;

/**
 * Gregorian dates of Chinese lunar dates by the rules of the official calendar (GB/T 33661-2017《农历的编算和颁行》):
 * a month starts on the day, in China Standard Time, of its new moon ({@link NewMoon}); the month holding the winter
 * solstice (冬至) is the eleventh; when thirteen months run from one eleventh month to the next, the first of them
 * without a major solar term (中气, the sun at a multiple of 30°) is a leap month, numbered as the month before it.
 * Computed, never typed in: only the astronomy above is trusted.
 */
public final class ChineseLunarDates {

    private ChineseLunarDates() {
    }

    /** The Gregorian day of lunar month {@code month} (not a leap month), day {@code day} of the lunar year beginning in {@code year}. */
    public static LocalDate of(int year, int month, int day) {
        if (month < 1 || month > 10) {
            throw new IllegalArgumentException("months 1 to 10 of a lunar year lie between two winter solstices; got " + month);
        }
        long eleventh = NewMoon.monthContaining(winterSolstice(year - 1));
        long nextEleventh = NewMoon.monthContaining(winterSolstice(year));
        boolean leapYear = nextEleventh - eleventh == 13;
        int number = 11;
        boolean leapSeen = false;
        for (long k = eleventh + 1; k < nextEleventh; k++) {
            if (leapYear && !leapSeen && !hasMajorTerm(k)) {
                leapSeen = true;
                continue; // the leap month repeats the number of the month before it
            }
            number = number % 12 + 1;
            if (number == month) {
                return NewMoon.dayInChina(k).plusDays(day - 1L);
            }
        }
        throw new IllegalStateException("no month " + month + " in the lunar year of " + year);
    }

    /** 冬至 of {@code year}: the day, China time, on which the sun reaches 270° (always 20–23 December). */
    static LocalDate winterSolstice(int year) {
        return Sun.dayReaching(270, LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 28));
    }

    /** Whether the lunar month of new moon {@code k} holds a major solar term: the sun crosses a multiple of 30° in it. */
    static boolean hasMajorTerm(long k) {
        double start = Sun.apparentLongitude(Sun.chinaMidnight(NewMoon.dayInChina(k)));
        double end = Sun.apparentLongitude(Sun.chinaMidnight(NewMoon.dayInChina(k + 1)));
        return Math.floor(end / 30) > Math.floor(start / 30);
    }
}
