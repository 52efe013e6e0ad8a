package cn.gov.opendata.platform.audit;

import java.time.OffsetDateTime;

/** One audit entry as the API shows it. */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String subject, String subjectAgency, String roles,
                             AuditAction action, String recordType, String recordAgency, String recordKey, String detail) {
}
