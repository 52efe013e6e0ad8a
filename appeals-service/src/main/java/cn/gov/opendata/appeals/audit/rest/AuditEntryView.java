package cn.gov.opendata.appeals.audit.rest;

import cn.gov.opendata.appeals.audit.AuditAction;

import java.time.OffsetDateTime;

/** One audit entry as the API shows it. */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String subject, String subjectAgency, String roles,
                             AuditAction action, String recordType, String recordAgency, String recordKey, String detail) {
}
