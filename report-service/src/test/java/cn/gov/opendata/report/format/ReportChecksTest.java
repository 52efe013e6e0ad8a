package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.Check;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportChecksTest {

    private static List<String> codes(List<Check> checks) {
        return checks.stream().map(Check::code).toList();
    }

    @Test
    void computedTablesSatisfyEveryIdentity() {
        Map<String, Grid> grids = Submissions.grids();
        assertEquals(List.of(), ReportChecks.identities(grids));
        assertEquals(List.of(), ReportChecks.completeness(grids));
        assertEquals(new BigDecimal("11"), grids.get("TABLE_3").get("RECEIVED", "TOTAL").add(grids.get("TABLE_3").get("CARRIED_OVER", "TOTAL")));
        assertEquals(new BigDecimal("9"), grids.get("TABLE_3").get("CONCLUDED_TOTAL", "TOTAL"));
    }

    @Test
    void totalColumnMustBeTheSumOfTheSix() {
        Map<String, Grid> grids = Submissions.grids();
        grids.get("TABLE_3").put("RECEIVED", "TOTAL", 11);
        List<Check> checks = ReportChecks.identities(grids);
        assertTrue(codes(checks).contains(ReportChecks.TABLE_3_ROW_TOTAL), checks.toString());
        assertTrue(checks.stream().allMatch(c -> c.severity() == Check.Severity.ERROR));
    }

    @Test
    void concludedTotalMustBeTheSumOfTheLeafRows() {
        Map<String, Grid> grids = Submissions.grids();
        grids.get("TABLE_3").put("REPEATED_REQUEST", "RESEARCH", 1).put("REPEATED_REQUEST", "TOTAL", 1);
        assertTrue(codes(ReportChecks.identities(grids)).contains(ReportChecks.TABLE_3_RESULTS_TOTAL));
    }

    @Test
    void receivedPlusCarriedOverMustEqualConcludedPlusCarriedForward() {
        Map<String, Grid> grids = Submissions.grids();
        grids.get("TABLE_3").put("CARRIED_FORWARD", "NATURAL_PERSON", 3).put("CARRIED_FORWARD", "TOTAL", 3);
        List<Check> checks = ReportChecks.identities(grids);
        assertEquals(List.of(ReportChecks.TABLE_3_BALANCE, ReportChecks.TABLE_3_BALANCE), codes(checks));
        assertTrue(checks.get(0).message().contains("自然人"), checks.get(0).message());
    }

    @Test
    void table4TotalsMustBeTheSumOfTheirFour() {
        Map<String, Grid> grids = Submissions.grids();
        grids.get("TABLE_4").put("CASES", "AFTER_RECONSIDERATION_TOTAL", 1);
        assertEquals(List.of(ReportChecks.TABLE_4_TOTAL), codes(ReportChecks.identities(grids)));
    }

    @Test
    void negativeCellsAreErrors() {
        Map<String, Grid> grids = Submissions.grids();
        grids.get("TABLE_2").put("LICENSING_DECISIONS", "DECISIONS", -1);
        assertEquals(List.of(ReportChecks.NEGATIVE_CELL), codes(ReportChecks.identities(grids)));
    }

    @Test
    void notApplicableCellsStayDistinctFromZero() {
        Map<String, Grid> grids = Submissions.grids();
        assertEquals(null, grids.get("TABLE_2").get("COERCION_DECISIONS", "DECISIONS"));
        assertTrue(grids.get("TABLE_2").has("COERCION_DECISIONS", "DECISIONS"));
        assertEquals(BigDecimal.ZERO, grids.get("TABLE_2").get("PENALTY_DECISIONS", "DECISIONS"));
    }

    @Test
    void table3LayoutHas25FigureRowsAnd21Leaves() {
        assertEquals(25, NationalLayout.figureRows().size());
        assertEquals(21, NationalLayout.resultRows().size());
        assertEquals(23, NationalLayout.resultRows().stream().mapToInt(r -> r.outcomes().size()).sum());
        assertEquals(15, NationalLayout.table4Columns().size());
    }
}
