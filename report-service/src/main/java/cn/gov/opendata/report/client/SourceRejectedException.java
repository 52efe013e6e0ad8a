package cn.gov.opendata.report.client;

/** A source answered 4xx: our request was wrong, so retrying or opening the breaker would not help. */
public class SourceRejectedException extends RuntimeException {

    private final int status;
    private final String detail;

    public SourceRejectedException(String message, int status, String detail, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.detail = detail;
    }

    /** The source's HTTP status. */
    public int status() {
        return status;
    }

    /** The source's own explanation (its problem detail), or its status line. */
    public String detail() {
        return detail;
    }
}
