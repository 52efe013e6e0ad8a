package cn.gov.opendata.platform.params;

import cn.gov.opendata.platform.problem.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses query and path parameters by hand, the same way in every service: JAX-RS answers 404 for a parameter it
 * cannot convert, and a malformed filter is the client's error — a 400 naming the parameter and what it accepts.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String text = value.trim();
        // Java's parser also reads full-width and other scripts' digits, and a leading '+': a filter takes ASCII only
        if (!ASCII_INTEGER.matcher(text).matches()) {
            throw ApiException.badRequest(name, "must be an integer");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be an integer");
        }
    }

    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]+");

    /** A year under the platform's year policy ({@link Years}), or null when absent. */
    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Years.check(name, integer(name, value, 0));
    }

    /** A year that must be given (a path segment): blank is refused, never taken as absent. */
    public static int requiredYear(String name, String value) {
        Integer year = year(name, value);
        if (year == null) {
            throw ApiException.badRequest(name, "is required: a year such as 2024");
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

    /** A repeated parameter ({@code ?outcome=A&outcome=B}): every value parsed, duplicates dropped, order kept. */
    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        return values == null ? List.of()
                : values.stream().map(v -> enumValue(name, v, type)).filter(Objects::nonNull).distinct().toList();
    }

    public static String agency(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches(Patterns.AGENCY)) {
            throw ApiException.badRequest(name, Patterns.AGENCY_MESSAGE);
        }
        return value;
    }

    public static List<String> agencies(String name, List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> agency(name, v)).filter(Objects::nonNull).distinct().toList();
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "must be a date (YYYY-MM-DD)");
        }
        return inRange(name, date);
    }

    /** The first and last day a parameter may name: no record or report lies outside, and no computation runs away. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(Years.LAST, 12, 31);

    private static LocalDate inRange(String name, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiException.badRequest(name, "must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
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
                LocalDate day = inRange(name, LocalDate.parse(text));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(DatePolicy.ZONE).toOffsetDateTime();
            }
            OffsetDateTime instant = OffsetDateTime.parse(text);
            inRange(name, instant.toLocalDate());
            return instant;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "must be a date (YYYY-MM-DD) or a date-time with offset (ISO 8601)");
        }
    }
}
