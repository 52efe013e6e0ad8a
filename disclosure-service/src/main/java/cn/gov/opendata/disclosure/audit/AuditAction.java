package cn.gov.opendata.disclosure.audit;

/** What an audited act did. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA
}
