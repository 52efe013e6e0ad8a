package cn.gov.opendata.platform.security;

/**
 * The roles a token carries in its {@code groups} claim (docs/SECURITY.md). Agency-level limits come on top,
 * from the {@code agency} claim and the directory's tree, and are checked by {@link AgencyAccess}.
 */
public final class Roles {

    /** Writes and reads the records of the agency named in its {@code agency} claim. */
    public static final String CLERK = "clerk";
    /** Reads the records of its agency's subtree as the directory knows it now; writes nothing here. */
    public static final String SUPERVISOR = "supervisor";
    /** Statistics, reports and the record lists behind their figures, of every agency; no single record, no personal data; writes nothing. */
    public static final String READER = "reader";
    /** Platform operator and data migration: reads and writes every agency. */
    public static final String ADMIN = "admin";
    /** The report-service calling the statistics endpoint. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
