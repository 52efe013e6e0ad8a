package cn.gov.opendata.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/** A domain error with the HTTP status it stands for; mapped to problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final Status status;
    private final String title;
    private final List<Violation> violations;

    public ApiException(Status status, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Status.NOT_FOUND, "Not Found", detail, List.of());
    }

    /** The caller is known but its role or agency does not allow this (403). */
    public static ApiException forbidden(String detail) {
        return new ApiException(Status.FORBIDDEN, "Forbidden", detail, List.of());
    }

    /** Something the answer depends on (another service, the directory) cannot be had now (503). */
    public static ApiException unavailable(String detail) {
        return new ApiException(Status.SERVICE_UNAVAILABLE, "Service Unavailable", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Status.CONFLICT, "Conflict", detail, List.of());
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(Status.BAD_REQUEST, "Bad Request", field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ApiException invalid(String detail, List<Violation> violations) {
        return new ApiException(Status.BAD_REQUEST, "Bad Request", detail, violations);
    }

    public Status status() {
        return status;
    }

    public Problem problem() {
        return Problem.of(status.getStatusCode(), title, getMessage(), violations);
    }
}
