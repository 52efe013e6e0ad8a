package cn.gov.opendata.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 7807 problem details, the body of every error this service returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What a client sent (a path, a header) as a detail quotes it: whole up to 100 characters, else its start. */
    public static String excerpt(String sent) {
        return sent == null || sent.length() <= 100 ? sent : sent.substring(0, 100) + "…";
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem("about:blank", title, status, detail, null, violations);
    }
}
