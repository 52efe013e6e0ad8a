package cn.gov.opendata.application.request.rest;

/** What an import did. */
public record ImportResult(int created, int updated, int unchanged) {
}
