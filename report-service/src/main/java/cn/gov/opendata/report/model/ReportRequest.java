package cn.gov.opendata.report.model;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which report is asked for, parsed once for every way of asking (the JSON report, its documents by suffix or by
 * Accept, publishing, published snapshots): the same parameters, defaults and errors everywhere — the format in
 * force in the report year (ReportFormat.of), scope SUBTREE, rounding TRUNCATE, decimals 2. Every bad parameter is reported at once, a 400 naming
 * each; the year follows the platform's year policy, so no source is asked about a year that cannot be reported.
 */
public record ReportRequest(String agency, int year, ReportFormat format, ReportScope scope, ReportSettings settings) {

    public static final int MAX_DECIMALS = 6;

    public static ReportRequest parse(String agency, int year, String format, String scope, String rounding, String decimals) {
        List<Violation> violations = new ArrayList<>();
        if (agency == null || !agency.matches(Patterns.AGENCY)) {
            violations.add(new Violation("agency", Patterns.AGENCY_MESSAGE));
        }
        if (!Years.allowed(year)) {
            violations.add(new Violation("year", Years.MESSAGE));
        }
        ReportFormat parsedFormat = parseEnum(ReportFormat.class, "format", format,
                ReportFormat.of(Years.allowed(year) ? year : Years.LAST), violations);
        ReportScope parsedScope = parseEnum(ReportScope.class, "scope", scope, ReportScope.SUBTREE, violations);
        ReportSettings.Rounding parsedRounding = parseEnum(ReportSettings.Rounding.class, "rounding", rounding,
                ReportSettings.Rounding.TRUNCATE, violations);
        int places = parseDecimals(decimals, violations);
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

    private static int parseDecimals(String decimals, List<Violation> violations) {
        if (decimals == null || decimals.isBlank()) {
            return 2;
        }
        try {
            int places = Integer.parseInt(decimals.strip());
            if (places >= 0 && places <= MAX_DECIMALS) {
                return places;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation("decimals", "must be an integer between 0 and " + MAX_DECIMALS));
        return 2;
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
