package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One agency's (or a summed scope's) reconsiderations by result, lawsuits by route and result, complaints; for one
 * agency also the requests its cases of the year name. Those references are not figures: a sum carries none (the
 * report reads them per agency, {@code RequestReferenceCheck}), so the provincial export, built from sums, has none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppealsFigures(Map<String, Long> reconsiderations, Map<String, Map<String, Long>> lawsuits, long complaints,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RequestReference> requestReferences) {

    public static final AppealsFigures EMPTY = new AppealsFigures(null, null, 0);

    public AppealsFigures {
        reconsiderations = Counts.copy(reconsiderations);
        lawsuits = Counts.copyNested(lawsuits);
        requestReferences = requestReferences == null ? List.of() : List.copyOf(requestReferences);
    }

    public AppealsFigures(Map<String, Long> reconsiderations, Map<String, Map<String, Long>> lawsuits, long complaints) {
        this(reconsiderations, lawsuits, complaints, List.of());
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
