package cn.gov.opendata.report.audit.rest;

import java.util.List;

/** One page of audit entries; {@code total} counts every match. */
public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
}
