package cn.gov.opendata.report.assembly;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalEdition;
import cn.gov.opendata.report.format.ReportChecks;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * National tables submitted as JSON (table → row → column → number or "/"), read and checked the one way for the
 * validation API and for the published figures a supervisor enters as a year's baseline: the format defaults to the
 * one in force in the year; the legacy format has no tables.
 */
public record SubmittedTables(int year, ReportFormat format, Map<String, Grid> tables, List<Check> checks) {

    public boolean valid() {
        return checks.stream().noneMatch(c -> c.severity() == Check.Severity.ERROR);
    }

    public static SubmittedTables read(int year, String format, Map<String, Map<String, Map<String, Object>>> body) {
        ReportFormat parsed = format == null || format.isBlank() ? ReportFormat.of(year)
                : ReportRequest.enumParameter(ReportFormat.class, "format", format, null);
        if (parsed == ReportFormat.LEGACY_2008) {
            throw ApiException.badRequest("format", "the legacy 2008 format has no tables to submit: NATIONAL_2019 or NATIONAL_2021");
        }
        Map<String, Grid> tables = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        body.forEach((table, rows) -> {
            Grid grid = new Grid();
            if (rows != null) {
                rows.forEach((row, cells) -> {
                    if (cells != null) {
                        cells.forEach((column, value) -> grid.put(row, column,
                                number(value, "tables." + table + "." + row + "." + column, violations)));
                    }
                });
            }
            tables.put(table, grid);
        });
        if (!violations.isEmpty()) {
            throw ApiException.invalid("Values must be numbers, or \"/\" where a cell does not apply", violations);
        }
        NationalEdition edition = NationalEdition.of(parsed);
        List<Check> checks = new ArrayList<>();
        ReportChecks.formatInForce(parsed, year).ifPresent(checks::add);
        checks.addAll(ReportChecks.completeness(tables, edition));
        checks.addAll(ReportChecks.identities(tables, edition));
        return new SubmittedTables(year, parsed, tables, checks);
    }

    private static BigDecimal number(Object value, String field, List<Violation> violations) {
        if (value == null || "/".equals(value)) {
            return null;
        }
        try {
            if (value instanceof Number n) {
                return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
            }
            if (value instanceof String s) {
                return new BigDecimal(s.trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(field, "must be a number or \"/\""));
        return null;
    }
}
