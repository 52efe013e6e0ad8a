package cn.gov.opendata.appeals.common.rest;

/** Formats of case numbers on the wire; agency codes follow the platform's {@code params.Patterns}. */
public final class Codes {

    /** Case and reference numbers (e.g. 周复决字〔2018〕12号) go into URL paths, so no slashes or control characters. */
    public static final String CASE_NUMBER = "^[^/\\p{Cntrl}]+$";
    public static final String CASE_NUMBER_MESSAGE = "must not contain '/' or control characters";

    private Codes() {
    }
}
