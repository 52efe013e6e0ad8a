package cn.gov.opendata.appeals.common.rest;

import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.appeals.problem.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses query and path parameters by hand: JAX-RS answers 404 for a query parameter it cannot
 * convert, and a malformed filter is the client's error (400), not a missing resource.
 */
public final class QueryParams {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private QueryParams() {
    }

    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be an integer");
        }
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int year = integer(name, value, 0);
        if (year < OutcomeRules.MIN_YEAR || year > OutcomeRules.MAX_YEAR) {
            throw ApiException.badRequest(name, "must be a year between " + OutcomeRules.MIN_YEAR + " and " + OutcomeRules.MAX_YEAR);
        }
        return year;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String agency(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches(Codes.AGENCY)) {
            throw ApiException.badRequest(name, Codes.AGENCY_MESSAGE);
        }
        return value;
    }

    public static List<String> agencies(String name, List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> agency(name, v)).filter(v -> v != null).distinct().toList();
    }

    /**
     * An instant given as a date-time with offset, or as a date in Asia/Shanghai: its start, or with
     * {@code endOfDay} the start of the next day (so a "to" date includes that whole day).
     */
    public static OffsetDateTime instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(SHANGHAI).toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "must be a date (YYYY-MM-DD) or a date-time with offset (ISO 8601)");
        }
    }
}
