package cn.gov.opendata.appeals.common.rest;

/** Formats of identifiers on the wire. */
public final class Codes {

    /** Agency codes are opaque; any well-formed code is accepted here, the report-service checks its directory. */
    public static final String AGENCY = "^[a-z0-9][a-z0-9-]{1,63}$";
    public static final String AGENCY_MESSAGE = "must be a lower-case agency code matching " + AGENCY;

    /** Case and reference numbers (e.g. 周复决字〔2018〕12号) go into URL paths, so no slashes or control characters. */
    public static final String CASE_NUMBER = "^[^/\\p{Cntrl}]+$";
    public static final String CASE_NUMBER_MESSAGE = "must not contain '/' or control characters";

    private Codes() {
    }
}
