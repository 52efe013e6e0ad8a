package cn.gov.opendata.appeals.common.rest;

/** What a bulk import did: lines that created, changed or left a record as it was. */
public record ImportSummary(int created, int updated, int unchanged) {
}
