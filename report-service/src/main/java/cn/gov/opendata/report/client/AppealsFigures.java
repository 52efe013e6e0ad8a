package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** One agency's (or a summed scope's) reconsiderations by result, lawsuits by route and result, complaints. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppealsFigures(Map<String, Long> reconsiderations, Map<String, Map<String, Long>> lawsuits, long complaints) {

    public static final AppealsFigures EMPTY = new AppealsFigures(null, null, 0);

    public AppealsFigures {
        reconsiderations = Counts.copy(reconsiderations);
        lawsuits = Counts.copyNested(lawsuits);
    }

    public AppealsFigures plus(AppealsFigures o) {
        return new AppealsFigures(Counts.add(reconsiderations, o.reconsiderations),
                Counts.addNested(lawsuits, o.lawsuits), complaints + o.complaints);
    }

    public long reconsideration(String result) {
        return Counts.get(reconsiderations, result);
    }

    public long lawsuit(String route, String result) {
        Map<String, Long> byResult = lawsuits.get(route);
        return byResult == null ? 0 : Counts.get(byResult, result);
    }
}
