package cn.gov.opendata.disclosure.item;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The report year is the calendar year in China Standard Time, whatever offset the instant was given in. */
public final class PublicationDate {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PublicationDate() {
    }

    public static LocalDate of(OffsetDateTime publishedAt) {
        return publishedAt.atZoneSameInstant(CHINA).toLocalDate();
    }

    public static OffsetDateTime inChina(OffsetDateTime instant) {
        return instant.atZoneSameInstant(CHINA).toOffsetDateTime();
    }
}
