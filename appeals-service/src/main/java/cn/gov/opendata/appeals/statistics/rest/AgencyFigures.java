package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.outcome.YearEndResult;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One agency's figures for a year (DESIGN.md, the statistics contract): cases filed in the year by
 * their result as of 31 Dec, lawsuits split by route, complaints received. Every count key is always present; the
 * requests the year's cases name only when some case names one.
 */
public record AgencyFigures(Map<YearEndResult, Long> reconsiderations,
                            Map<Route, Map<YearEndResult, Long>> lawsuits,
                            long complaints,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RequestReference> requestReferences) {

    public static AgencyFigures empty() {
        Map<Route, Map<YearEndResult, Long>> lawsuits = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            lawsuits.put(route, zeros());
        }
        return new AgencyFigures(zeros(), lawsuits, 0, new ArrayList<>());
    }

    public AgencyFigures withComplaints(long count) {
        return new AgencyFigures(reconsiderations, lawsuits, count, requestReferences);
    }

    private static Map<YearEndResult, Long> zeros() {
        Map<YearEndResult, Long> counts = new EnumMap<>(YearEndResult.class);
        for (YearEndResult result : YearEndResult.values()) {
            counts.put(result, 0L);
        }
        return counts;
    }
}
