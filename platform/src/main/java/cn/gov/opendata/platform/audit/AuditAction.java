package cn.gov.opendata.platform.audit;

/** What an audited act did. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA,
    /** A report frozen as a published revision (report-service). */
    PUBLISH,
    /** A call refused with 401 or 403; the entry names the call, never its parameters or body. */
    REFUSED
}
