package cn.gov.opendata.report.model;

/**
 * Assembles a report from the source services' figures. Documents and published snapshots are rendered from what
 * this returns, so every representation of a report shows the same figures.
 */
public interface ReportProvider {

    Report assemble(String agency, int year, ReportFormat format, ReportScope scope, ReportSettings settings);
}
