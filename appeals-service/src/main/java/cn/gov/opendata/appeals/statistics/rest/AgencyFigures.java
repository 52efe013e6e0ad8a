package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.outcome.YearEndResult;

import java.util.EnumMap;
import java.util.Map;

/**
 * One agency's figures for a year (DESIGN.md, the statistics contract): cases filed in the year by
 * their result as of 31 Dec, lawsuits split by route, complaints received. Every key is always present.
 */
public record AgencyFigures(Map<YearEndResult, Long> reconsiderations,
                            Map<Route, Map<YearEndResult, Long>> lawsuits,
                            long complaints) {

    public static AgencyFigures empty() {
        Map<Route, Map<YearEndResult, Long>> lawsuits = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            lawsuits.put(route, zeros());
        }
        return new AgencyFigures(zeros(), lawsuits, 0);
    }

    public AgencyFigures withComplaints(long count) {
        return new AgencyFigures(reconsiderations, lawsuits, count);
    }

    private static Map<YearEndResult, Long> zeros() {
        Map<YearEndResult, Long> counts = new EnumMap<>(YearEndResult.class);
        for (YearEndResult result : YearEndResult.values()) {
            counts.put(result, 0L);
        }
        return counts;
    }
}
