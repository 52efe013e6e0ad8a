package cn.gov.opendata.report.model;

/** Whose records a report counts: the agency alone, or the agency and everything under it. */
public enum ReportScope {
    SELF,
    SUBTREE
}
