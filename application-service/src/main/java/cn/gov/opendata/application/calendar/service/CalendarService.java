package cn.gov.opendata.application.calendar.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.application.calendar.CalendarDay;
import cn.gov.opendata.application.calendar.CalendarYear;
import cn.gov.opendata.application.calendar.DayKind;
import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.WriteLock;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads and edits the working-day calendar kept in the database. */
@ApplicationScoped
@Transactional
public class CalendarService {

    @Inject
    AuditLog audit;

    /** A year's declared days, sorted. */
    public record YearDays(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, long version, String source) {
    }

    private record Loaded(String version, WorkingDayCalendar calendar) {
    }

    private volatile Loaded loaded;

    /** The calendar's version as one SQL expression: each replaced year bumps its version and update time. */
    public static final String VERSION_SQL = "(SELECT count(*) || '.' || coalesce(sum(version), 0) || '.'"
            + " || coalesce(max(updated_at)::text, '') FROM calendar_year)";

    /**
     * The whole calendar. Every deadline needs it, so it is kept in memory, but checked per operation against the
     * database's version of it (one small query) so that every replica sees an edit at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        return calendar(String.valueOf(CalendarYear.getEntityManager().createNativeQuery("SELECT " + VERSION_SQL).getSingleResult()));
    }

    /**
     * The calendar at {@code version}, which the caller read with {@link #VERSION_SQL} (alongside its own query, to
     * save a round trip) before this call: what is loaded is then at least that version.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar(String version) {
        Loaded current = loaded;
        if (current != null && current.version().equals(version)) {
            return current.calendar();
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        for (CalendarDay day : CalendarDay.<CalendarDay>listAll()) {
            (day.kind == DayKind.HOLIDAY ? holidays : makeUps).add(day.day);
        }
        Set<Integer> official = new HashSet<>();
        for (CalendarYear year : CalendarYear.<CalendarYear>listAll()) {
            official.add(year.year);
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.withEstimates(holidays, makeUps, official);
        loaded = new Loaded(version, calendar);
        return calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<YearDays> year(int year) {
        CalendarYear entity = CalendarYear.findById(year);
        if (entity == null) {
            return Optional.empty();
        }
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> makeUps = new ArrayList<>();
        for (CalendarDay day : CalendarDay.<CalendarDay>list("year = ?1 order by day", year)) {
            (day.kind == DayKind.HOLIDAY ? holidays : makeUps).add(day.day);
        }
        return Optional.of(new YearDays(year, holidays, makeUps, entity.version, entity.source));
    }

    /** Replaces a year's declared days; returns true when the year was not on record before. */
    public boolean replace(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, Long expectedVersion, String source) {
        Set<LocalDate> holidaySet = new TreeSet<>(holidays);
        Set<LocalDate> makeUpSet = new TreeSet<>(makeUpWorkdays);
        List<Violation> violations = new ArrayList<>();
        check(year, holidays, "holidays", violations);
        check(year, makeUpWorkdays, "makeUpWorkdays", violations);
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            LocalDate d = makeUpWorkdays.get(i);
            if (d != null && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                violations.add(new Violation("makeUpWorkdays[" + i + "]", d + " is a weekday; only a Saturday or Sunday can be a make-up working day"));
            }
            if (d != null && holidaySet.contains(d)) {
                violations.add(new Violation("makeUpWorkdays[" + i + "]", d + " is also listed as a holiday"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid("The calendar for " + year + " is not valid", violations);
        }
        String notice = source == null || source.isBlank() ? "API" : source.strip();
        // identical PUTs at once: the second waits, then finds the first's year
        WriteLock.hold(CalendarYear.getEntityManager(), "calendar:" + year);
        CalendarYear entity = CalendarYear.findById(year);
        boolean created = entity == null;
        Set<LocalDate> oldHolidays = new TreeSet<>();
        Set<LocalDate> oldMakeUps = new TreeSet<>();
        if (!created) {
            for (CalendarDay day : CalendarDay.<CalendarDay>list("year", year)) {
                (day.kind == DayKind.HOLIDAY ? oldHolidays : oldMakeUps).add(day.day);
                // the bulk delete below does not touch the persistence context: a day kept managed would clash with its replacement
                CalendarDay.getEntityManager().detach(day);
            }
        }
        if (created) {
            entity = new CalendarYear();
            entity.year = year;
        } else if (expectedVersion == null && oldHolidays.equals(holidaySet) && oldMakeUps.equals(makeUpSet)
                && java.util.Objects.equals(entity.source, notice)) {
            // a retry of what is stored changes nothing (DESIGN.md: a PUT without version of exactly what is stored)
            return false;
        } else if (expectedVersion == null) {
            // a blind overwrite of a year every due date is counted with is refused: the editor must have read it first
            throw new ApiException(Response.Status.PRECONDITION_REQUIRED, "Precondition Required",
                    "The calendar for " + year + " is on record at version " + entity.version
                            + "; send that version to replace it", List.of(new Violation("version", "required to replace an existing year")));
        } else if (expectedVersion != entity.version) {
            throw ApiException.conflict("The calendar for " + year + " is at version " + entity.version + ", not " + expectedVersion);
        }
        entity.source = notice;
        entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            entity.persist();
        } else {
            CalendarDay.delete("year", year);
            CalendarDay.flush();
        }
        for (LocalDate d : holidaySet) {
            persistDay(year, d, DayKind.HOLIDAY);
        }
        for (LocalDate d : makeUpSet) {
            persistDay(year, d, DayKind.MAKE_UP_WORKDAY);
        }
        Log.infof("Calendar %d replaced: %d holidays, %d make-up working days", year, holidaySet.size(), makeUpSet.size());
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "calendar", null, String.valueOf(year),
                "source " + entity.source + "; holidays added " + minus(holidaySet, oldHolidays) + ", removed " + minus(oldHolidays, holidaySet)
                        + "; make-up working days added " + minus(makeUpSet, oldMakeUps) + ", removed " + minus(oldMakeUps, makeUpSet));
        return created;
    }

    private static List<LocalDate> minus(Set<LocalDate> these, Set<LocalDate> those) {
        return these.stream().filter(d -> !those.contains(d)).sorted().toList();
    }

    private static void persistDay(int year, LocalDate day, DayKind kind) {
        CalendarDay entity = new CalendarDay();
        entity.day = day;
        entity.year = year;
        entity.kind = kind;
        entity.persist();
    }

    private static void check(int year, List<LocalDate> days, String field, List<Violation> violations) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            if (d == null) {
                violations.add(new Violation(field + "[" + i + "]", "must not be null"));
            } else if (d.getYear() != year) {
                violations.add(new Violation(field + "[" + i + "]", d + " is not in " + year));
            } else if (!seen.add(d)) {
                violations.add(new Violation(field + "[" + i + "]", d + " is listed twice"));
            }
        }
    }
}
