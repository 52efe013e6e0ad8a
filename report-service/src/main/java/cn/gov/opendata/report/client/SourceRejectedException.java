package cn.gov.opendata.report.client;

/** A source answered 4xx: our request was wrong, so retrying or opening the breaker would not help. */
public class SourceRejectedException extends RuntimeException {

    public SourceRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
