package cn.gov.opendata.platform.params;

import cn.gov.opendata.platform.problem.Violation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one date policy of the platform (docs/DESIGN.md). A date that records something that happened — an arrival, a
 * publication, a filing, a decision, a reply — lies between 1990-01-01 and tomorrow in China Standard Time (one day of
 * tolerance for clients in other time zones): a future or absurd date would otherwise count in a future year's
 * figures. A date that plans something (a repeal date, a custom reply date) may lie ahead, up to the last report year.
 */
public final class DatePolicy {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST_PLANNED = LocalDate.of(Years.LAST, 12, 31);

    private static volatile Clock clock = Clock.system(ZONE);

    private DatePolicy() {
    }

    /** Today in China Standard Time. */
    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day a date of something that happened may carry: tomorrow, China time. */
    public static LocalDate latestHappened() {
        return today().plusDays(1);
    }

    /** The violation of a date that records something that happened, if it is out of range. */
    public static Optional<Violation> happened(String field, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of(new Violation(field, "must not be before " + EARLIEST));
        }
        if (date.isAfter(latestHappened())) {
            return Optional.of(new Violation(field, "must not be in the future (latest " + latestHappened() + ")"));
        }
        return Optional.empty();
    }

    /** As {@link #happened(String, LocalDate)}, for an instant, judged by its day in China Standard Time. */
    public static Optional<Violation> happened(String field, OffsetDateTime instant) {
        if (instant == null) {
            return Optional.empty();
        }
        if (instant.getYear() < EARLIEST.getYear() - 1 || instant.getYear() > Years.LAST + 1) {
            // far outside any day China time can name without overflowing: judged by its own date
            return happened(field, instant.toLocalDate());
        }
        return happened(field, instant.atZoneSameInstant(ZONE).toLocalDate());
    }

    /** The violation of a date that plans something, if it is out of range (1990-01-01 to the end of the last year). */
    public static Optional<Violation> planned(String field, LocalDate date) {
        if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST_PLANNED))) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "must be between " + EARLIEST + " and " + LATEST_PLANNED));
    }

    /** Tests only: judge "today" by this clock. */
    public static void useClock(Clock testClock) {
        clock = testClock;
    }
}
