package cn.gov.opendata.report.baseline.rest;

import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A baseline as stored, with the warnings its figures raised when entered (none when read back). */
public record BaselineView(String agency, int year, ReportScope scope, ReportFormat format,
                           Map<String, Map<String, Map<String, BigDecimal>>> tables, String enteredBy,
                           OffsetDateTime enteredAt, List<Check> checks) {
}
