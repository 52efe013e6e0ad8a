package cn.gov.opendata.report.model;

/** Which source service answered which part of the report, and how long it took. */
public record SourceInfo(String name, String url, String provided, long millis) {
}
