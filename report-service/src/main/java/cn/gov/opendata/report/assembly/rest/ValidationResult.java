package cn.gov.opendata.report.assembly.rest;

import cn.gov.opendata.report.model.Check;

import java.util.List;

/** {@code valid} is false when any check is an ERROR. */
public record ValidationResult(int year, boolean valid, List<Check> checks) {
}
