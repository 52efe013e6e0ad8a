package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;

/**
 * Stands in for the report assembler in tests: answers the sample reports, remembers what it was asked, and can be
 * told to report more requests received (changing the figures) or to fail.
 */
public class FakeReportProvider implements ReportProvider {

    public record Call(String agency, int year, ReportFormat format, ReportScope scope, ReportSettings settings) {
    }

    public volatile int extraRequests;
    public volatile RuntimeException failure;
    public volatile Call lastCall;

    @Override
    public Report assemble(String agency, int year, ReportFormat format, ReportScope scope, ReportSettings settings) {
        lastCall = new Call(agency, year, format, scope, settings);
        if (failure != null) {
            throw failure;
        }
        return format == ReportFormat.LEGACY_2008 ? SampleReports.legacy(agency, year) : SampleReports.national(agency, year, extraRequests);
    }
}
