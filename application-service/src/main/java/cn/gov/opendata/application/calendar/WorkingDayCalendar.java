package cn.gov.opendata.application.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The official working-day calendar: Monday–Friday are working days unless declared holidays; a Saturday or
 * Sunday is a working day only when declared a make-up working day (调休). Years without data fall back to
 * plain weekends, which is the best available guess before the State Council publishes the year's notice.
 */
public final class WorkingDayCalendar {

    // Every deadline walks its days one by one, and a province's statistics compute ~20,000 deadlines: whether a day
    // is a working day is answered from an array for these years instead of from the sets (JFR: set lookups were
    // most of a statistics computation). Days outside them take the slow path.
    private static final long FIRST_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2101, 1, 1).toEpochDay() - FIRST_DAY);

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final boolean[] working = new boolean[DAYS];
    /** Working days in [FIRST_DAY, FIRST_DAY + i). */
    private final int[] workingBefore = new int[DAYS + 1];

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (int i = 0; i < DAYS; i++) {
            working[i] = declaredWorkingDay(LocalDate.ofEpochDay(FIRST_DAY + i));
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
        }
    }

    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        long i = day.toEpochDay() - FIRST_DAY;
        return i >= 0 && i < DAYS ? working[(int) i] : declaredWorkingDay(day);
    }

    private boolean declaredWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The day on which the {@code workingDays}-th working day after {@code start} falls; counting starts the
     * next working day (a period "within 20 working days of receipt" ends on the 20th working day after it).
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate d = start;
        for (int i = 0; i < workingDays; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Working days in the half-open interval (fromExclusive, toInclusive]; zero when the interval is empty. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        long from = fromExclusive.toEpochDay() - FIRST_DAY;
        long to = toInclusive.toEpochDay() - FIRST_DAY;
        if (from >= 0 && to < DAYS) {
            return workingBefore[(int) to + 1] - workingBefore[(int) from + 1];
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
