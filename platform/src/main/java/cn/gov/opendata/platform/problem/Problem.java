package cn.gov.opendata.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 7807 problem details, the body of every error this service returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A path as a detail names it: whole up to 200 characters, else its start (a URI may be up to 64 kB long). */
    public static String excerpt(String path) {
        return path == null || path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem("about:blank", title, status, detail, null, violations);
    }
}
