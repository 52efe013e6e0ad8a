package cn.gov.opendata.application.request.rest;

/** Shapes of the natural-key fields. */
public final class Patterns {

    public static final String AGENCY = "^[a-z0-9][a-z0-9-]{1,63}$";
    /** Any text without slashes or white space, so the key can sit in a URL path. */
    public static final String TRACKING_NUMBER = "^[^/\\\\\\s]{1,64}$";

    private Patterns() {
    }
}
