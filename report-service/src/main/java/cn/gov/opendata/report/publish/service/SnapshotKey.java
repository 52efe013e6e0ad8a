package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;

/** What revisions are numbered by: one series of revisions per agency, year, format and scope. */
public record SnapshotKey(String agency, int year, ReportFormat format, ReportScope scope) {

    String lockName() {
        return "published_report/" + agency + "/" + year + "/" + format + "/" + scope;
    }
}
