package cn.gov.opendata.report.trend;

import cn.gov.opendata.report.model.ReportScope;

import java.util.List;

/** An agency's headline figures year by year, oldest first. */
public record Trend(String agency, String agencyName, ReportScope scope, int from, int to, List<TrendYear> years) {
}
