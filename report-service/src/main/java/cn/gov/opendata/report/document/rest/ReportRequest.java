package cn.gov.opendata.report.document.rest;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which report is asked for: the same parameters and defaults as the JSON report (format NATIONAL_2021, scope
 * SUBTREE, rounding TRUNCATE, decimals 2). Parsed by hand so that a bad value is a 400 naming the parameter.
 */
public record ReportRequest(String agency, int year, ReportFormat format, ReportScope scope, ReportSettings settings) {

    public static final Pattern AGENCY = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");
    public static final int MAX_DECIMALS = 6;

    public static ReportRequest parse(String agency, int year, String format, String scope, String rounding, String decimals) {
        List<Violation> violations = new ArrayList<>();
        if (agency == null || !AGENCY.matcher(agency).matches()) {
            violations.add(new Violation("agency", "must match " + AGENCY.pattern()));
        }
        if (year < 1900 || year > 2999) {
            violations.add(new Violation("year", "must be a calendar year"));
        }
        ReportFormat parsedFormat = parseEnum(ReportFormat.class, "format", format, ReportFormat.NATIONAL_2021, violations);
        ReportScope parsedScope = parseEnum(ReportScope.class, "scope", scope, ReportScope.SUBTREE, violations);
        ReportSettings.Rounding parsedRounding = parseEnum(ReportSettings.Rounding.class, "rounding", rounding,
                ReportSettings.Rounding.TRUNCATE, violations);
        int places = 2;
        if (decimals != null && !decimals.isBlank()) {
            try {
                places = Integer.parseInt(decimals.strip());
            } catch (NumberFormatException e) {
                places = -1;
            }
        }
        if (places < 0 || places > MAX_DECIMALS) {
            violations.add(new Violation("decimals", "must be an integer between 0 and " + MAX_DECIMALS));
            places = 2;
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid"), violations);
        }
        return new ReportRequest(agency, year, parsedFormat, parsedScope, new ReportSettings(parsedRounding, places));
    }

    /** An optional enum query parameter: absent gives {@code fallback}, an unknown value a 400 naming the parameter. */
    public static <E extends Enum<E>> E enumParameter(Class<E> type, String field, String value, E fallback) {
        List<Violation> violations = new ArrayList<>();
        E parsed = parseEnum(type, field, value, fallback, violations);
        if (!violations.isEmpty()) {
            throw ApiException.badRequest(field, violations.get(0).message());
        }
        return parsed;
    }

    /** An optional integer query parameter: absent gives null, anything but an integer a 400 naming the parameter. */
    public static Integer integerParameter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "must be an integer");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value, E fallback, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }
}
