package cn.gov.opendata.platform.problem;

/** One field at fault in a request: the JSON path of the field and what is wrong with it. */
public record Violation(String field, String message) {
}
