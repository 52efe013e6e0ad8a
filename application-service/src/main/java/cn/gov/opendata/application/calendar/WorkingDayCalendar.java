package cn.gov.opendata.application.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official working-day calendar: Monday–Friday are working days unless declared holidays; a Saturday or
 * Sunday is a working day only when declared a make-up working day (调休). A year whose State Council notice is not on
 * record is estimated from its statutory holidays ({@link StatutoryHolidays}) with no make-up days, which cannot be
 * known in advance: a count through it is provisional ({@link #estimatedYears}).
 */
public final class WorkingDayCalendar {

    // Every deadline walks its days one by one, and a province's statistics compute ~20,000 deadlines: whether a day
    // is a working day is answered from an array for these years instead of from the sets (JFR: set lookups were
    // most of a statistics computation). Days outside them take the slow path.
    private static final long FIRST_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2101, 1, 1).toEpochDay() - FIRST_DAY);

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    /** Years whose notice is on record; null for a calendar that claims nothing about its years (tests, tools). */
    private final Set<Integer> officialYears;
    private final boolean[] working = new boolean[DAYS];
    /** Working days in [FIRST_DAY, FIRST_DAY + i). */
    private final int[] workingBefore = new int[DAYS + 1];

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this(holidays, makeUpWorkdays, null);
    }

    private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> officialYears) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.officialYears = officialYears == null ? null : Set.copyOf(officialYears);
        for (int i = 0; i < DAYS; i++) {
            working[i] = declaredWorkingDay(LocalDate.ofEpochDay(FIRST_DAY + i));
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
        }
    }

    /**
     * The declared days of the years on record, and for every other year from 1990 to 2100 its statutory holidays:
     * the calendar legal deadlines are counted with.
     */
    public static WorkingDayCalendar withEstimates(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> officialYears) {
        Set<LocalDate> all = new HashSet<>(holidays);
        int last = LocalDate.ofEpochDay(FIRST_DAY + DAYS - 1).getYear();
        for (int year = LocalDate.ofEpochDay(FIRST_DAY).getYear(); year <= last; year++) {
            if (!officialYears.contains(year)) {
                all.addAll(StatutoryHolidays.of(year));
            }
        }
        return new WorkingDayCalendar(all, makeUpWorkdays, officialYears);
    }

    /** Whether the official notice for that day's year is on record. */
    public boolean isOfficial(int year) {
        return officialYears == null || officialYears.contains(year);
    }

    /** The years from {@code from}'s to {@code to}'s whose official notice is not on record: a count through them is an estimate. */
    public Set<Integer> estimatedYears(LocalDate from, LocalDate to) {
        Set<Integer> years = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!isOfficial(year)) {
                years.add(year);
            }
        }
        return years;
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
