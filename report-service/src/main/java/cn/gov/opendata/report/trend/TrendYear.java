package cn.gov.opendata.report.trend;

import cn.gov.opendata.report.model.ReportFormat;

/**
 * One year of a trend: its figures and where they come from; for a baseline year, the format of the published report
 * the figures were entered from. {@code figures} is null for a year with neither records nor a baseline.
 */
public record TrendYear(int year, TrendSource source, TrendFigures figures, ReportFormat publishedFormat) {
}
