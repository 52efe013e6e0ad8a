package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.problem.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Parses query parameters so that a bad value is a 400 naming the parameter, not a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate dateOf(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "must be a date (YYYY-MM-DD)");
        }
    }

    /**
     * An instant given as a date-time with offset, or as a date in Asia/Shanghai: its start, or with
     * {@code endOfDay} the start of the next day (so a "to" date includes that whole day).
     */
    public static OffsetDateTime instantOf(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "must be a date (YYYY-MM-DD) or a date-time with offset (ISO 8601)");
        }
    }
}
