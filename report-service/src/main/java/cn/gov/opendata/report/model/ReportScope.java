package cn.gov.opendata.report.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose records a report counts: the agency alone, or the agency and everything under it. */
@Schema(description = "统计范围 Whose records count: SELF 本机关 · SUBTREE 本机关及所属下级机关（默认）")
public enum ReportScope {
    SELF,
    SUBTREE
}
