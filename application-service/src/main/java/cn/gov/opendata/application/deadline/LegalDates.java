package cn.gov.opendata.application.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Legal dates are calendar days in China Standard Time. */
public final class LegalDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
