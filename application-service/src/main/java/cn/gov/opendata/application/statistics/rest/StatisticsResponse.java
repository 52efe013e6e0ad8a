package cn.gov.opendata.application.statistics.rest;

import java.util.Map;

/** The statistics contract (DESIGN.md): raw counts by code per agency, no labels, no percentages. */
public record StatisticsResponse(int year, Map<String, AgencyStatistics> agencies) {

    public record AgencyStatistics(Received received, ByApplicant carriedOver, Concluded concluded,
                                   ByApplicant carriedForward, TimelinessFigures timeliness, Fees fees) {
    }

    public record Received(Map<String, Long> byChannel, Map<String, Long> byApplicant) {
    }

    public record ByApplicant(Map<String, Long> byApplicant) {
    }

    public record Concluded(Map<String, Map<String, Long>> byOutcome) {
    }

    /** {@code workingDays}: histogram of working days taken, keyed by the number of days. */
    public record TimelinessFigures(long onTime, long afterExtension, long late, Map<String, Long> workingDays) {
    }

    public record Fees(long requestsCharged, String amountYuan) {
    }
}
