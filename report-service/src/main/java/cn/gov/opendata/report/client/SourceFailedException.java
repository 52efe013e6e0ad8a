package cn.gov.opendata.report.client;

/** A source answered 5xx or could not be reached. */
public class SourceFailedException extends RuntimeException {

    public SourceFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
