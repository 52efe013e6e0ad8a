package cn.gov.opendata.application.request.rest;

/** Shapes of this service's natural-key fields; agency codes follow the platform's {@code params.Patterns}. */
public final class TrackingNumbers {

    /** Any text without slashes or white space, so the key can sit in a URL path. */
    public static final String PATTERN = "^[^/\\\\\\s]{1,64}$";

    private TrackingNumbers() {
    }
}
