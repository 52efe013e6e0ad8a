package cn.gov.opendata.report.agency.rest;

public record ImportResult(int created, int updated, int unchanged) {
}
