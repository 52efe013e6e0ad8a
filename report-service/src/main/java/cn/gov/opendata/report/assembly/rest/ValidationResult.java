package cn.gov.opendata.report.assembly.rest;

import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.ReportFormat;

import java.util.List;

/** {@code valid} is false when any check is an ERROR; {@code format} is the one the tables were checked against. */
public record ValidationResult(int year, ReportFormat format, boolean valid, List<Check> checks) {
}
