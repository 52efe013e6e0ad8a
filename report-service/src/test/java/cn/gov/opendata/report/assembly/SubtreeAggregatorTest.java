package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.AppealsStatistics;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.ApplicationStatistics;
import cn.gov.opendata.report.client.ConcludedCounts;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.client.DisclosureStatistics;
import cn.gov.opendata.report.client.RequestCounts;
import cn.gov.opendata.report.format.ScopeFigures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubtreeAggregatorTest {

    static YearStatistics stats() {
        return new YearStatistics(2020,
                new DisclosureStatistics(2020, Map.of(
                        "a", new DisclosureFigures(3, Map.of("WEBSITE", 3L), null, null, Map.of("FEES_COLLECTED_10K_YUAN", new BigDecimal("1.25")), List.of("REGULATION", "PENALTY_DECISIONS")),
                        "b", new DisclosureFigures(4, Map.of("WEBSITE", 1L, "WEIBO", 4L), null, null, Map.of("FEES_COLLECTED_10K_YUAN", new BigDecimal("0.75")), List.of("REGULATION")),
                        "ghost", new DisclosureFigures(9, null, null, null, null, null))),
                new ApplicationStatistics(2020, Map.of(
                        "a", new ApplicationFigures(new RequestCounts(null, Map.of("NATURAL_PERSON", 2L)), null,
                                new ConcludedCounts(Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 1L))), null, null, null),
                        "c", new ApplicationFigures(new RequestCounts(null, Map.of("NATURAL_PERSON", 3L, "OTHER", 1L)), null, null, null, null, null))),
                new AppealsStatistics(2020, Map.of("b", new AppealsFigures(Map.of("UPHELD", 1L), null, 2))));
    }

    @Test
    void sumsCellByCellOverTheScopeOnly() {
        ScopeFigures sum = SubtreeAggregator.sum(stats(), List.of("a", "b", "c", "d"));
        assertEquals(7, sum.disclosure().items());
        assertEquals(4, sum.disclosure().channel("WEBSITE"));
        assertEquals(4, sum.disclosure().channel("WEIBO"));
        assertEquals(new BigDecimal("2.00"), sum.disclosure().tally("FEES_COLLECTED_10K_YUAN"));
        assertEquals(List.of("REGULATION"), sum.disclosure().talliesNotApplicable());
        assertEquals(5, sum.application().received().applicant("NATURAL_PERSON"));
        assertEquals(6, sum.application().received().totalByApplicant());
        assertEquals(1, sum.application().concluded().total());
        assertEquals(2, sum.appeals().complaints());
    }

    @Test
    void emptyScopeIsAllZeros() {
        ScopeFigures sum = SubtreeAggregator.sum(stats(), List.of("nobody"));
        assertEquals(0, sum.disclosure().items());
        assertEquals(List.of(), sum.disclosure().talliesNotApplicable());
        assertEquals(0, sum.application().concluded().total());
    }

    @Test
    void findsUnknownAndSilentAgencies() {
        assertEquals(Map.of("ghost", 9L), SubtreeAggregator.unknownAgencies(stats(), Set.of("a", "b", "c", "d")));
        assertEquals(List.of("d"), SubtreeAggregator.withoutRecords(stats(), List.of("a", "b", "c", "d")));
    }
}
