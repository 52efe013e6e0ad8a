package cn.gov.opendata.platform.security;

/**
 * The roles a token carries in its {@code groups} claim (docs/SECURITY.md). Agency-level limits come on top,
 * from the {@code agency} and {@code agencies} claims, and are checked by {@link AgencyAccess}.
 */
public final class Roles {

    /** Writes and reads the records of the agency named in its {@code agency} claim. */
    public static final String CLERK = "clerk";
    /** Reads the records of the agencies in its {@code agencies} claim (its subtree); writes nothing here. */
    public static final String SUPERVISOR = "supervisor";
    /** Statistics of every agency; no record-level data. */
    public static final String READER = "reader";
    /** Platform operator and data migration: reads and writes every agency. */
    public static final String ADMIN = "admin";
    /** The report-service calling the statistics endpoint. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
