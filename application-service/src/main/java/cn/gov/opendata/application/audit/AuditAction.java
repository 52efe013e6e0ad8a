package cn.gov.opendata.application.audit;

/** What an audited act did. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA
}
