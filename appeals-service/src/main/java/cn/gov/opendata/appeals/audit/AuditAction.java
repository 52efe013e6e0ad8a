package cn.gov.opendata.appeals.audit;

/** What an audited act did. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA
}
