package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Collection;
import java.util.Map;

/** Requests concluded in the year: outcome code → applicant type → count. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConcludedCounts(Map<String, Map<String, Long>> byOutcome) {

    public static final ConcludedCounts EMPTY = new ConcludedCounts(null);

    public ConcludedCounts {
        byOutcome = Counts.copyNested(byOutcome);
    }

    public ConcludedCounts plus(ConcludedCounts o) {
        return new ConcludedCounts(Counts.addNested(byOutcome, o.byOutcome));
    }

    public long count(String outcome, String applicant) {
        Map<String, Long> row = byOutcome.get(outcome);
        return row == null ? 0 : Counts.get(row, applicant);
    }

    public long count(String outcome) {
        Map<String, Long> row = byOutcome.get(outcome);
        return row == null ? 0 : Counts.total(row);
    }

    public long count(Collection<String> outcomes) {
        return outcomes.stream().mapToLong(this::count).sum();
    }

    public long total() {
        return byOutcome.values().stream().mapToLong(Counts::total).sum();
    }
}
