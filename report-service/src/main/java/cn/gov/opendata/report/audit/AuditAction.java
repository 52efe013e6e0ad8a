package cn.gov.opendata.report.audit;

/** What an audited act did. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA,
    /** A report frozen as a published revision. */
    PUBLISH
}
