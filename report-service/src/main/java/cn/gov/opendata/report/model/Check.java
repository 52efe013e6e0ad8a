package cn.gov.opendata.report.model;

/** The outcome of one consistency check of DOMAIN.md §5 that did not pass (or an informational warning). */
public record Check(Severity severity, String code, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }
}
