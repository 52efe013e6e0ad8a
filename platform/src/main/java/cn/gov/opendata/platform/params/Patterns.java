package cn.gov.opendata.platform.params;

/** Shapes of identifiers on the wire, the same in every service. */
public final class Patterns {

    /** Agency codes are opaque; any well-formed code is accepted by a source, the report-service checks its directory. */
    public static final String AGENCY = "^[a-z0-9][a-z0-9-]{1,63}$";
    public static final String AGENCY_MESSAGE = "must be a lower-case agency code (letters, digits and '-', 2 to 64 characters)";

    private Patterns() {
    }
}
