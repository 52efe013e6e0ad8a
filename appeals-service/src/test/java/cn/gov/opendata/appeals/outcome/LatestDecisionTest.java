package cn.gov.opendata.appeals.outcome;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.opendata.appeals.outcome.CaseResult.CORRECTED;
import static cn.gov.opendata.appeals.outcome.CaseResult.OTHER;
import static cn.gov.opendata.appeals.outcome.CaseResult.UPHELD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The result a lawsuit counts with in year Y: its latest decision on or before 31 Dec Y. */
class LatestDecisionTest {

    private static final LocalDate END_2019 = YearEndResult.endOf(2019);

    private static Decision decided(int instance, String on, CaseResult result) {
        return new Decision(instance, LocalDate.parse(on), result);
    }

    @Test
    void anAppealWithinTheYearReplacesTheFirstInstance() {
        // the case: first instance UPHELD 2019-06, appeal CORRECTED 2019-11 → CORRECTED
        assertEquals(YearEndResult.CORRECTED, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-06-14", UPHELD), decided(2, "2019-11-20", CORRECTED)), END_2019));
    }

    @Test
    void anAppealDecidedOnTheLastDayOfTheYearCounts() {
        assertEquals(YearEndResult.CORRECTED, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-06-14", UPHELD), decided(2, "2019-12-31", CORRECTED)), END_2019));
    }

    @Test
    void anAppealDecidedAfterTheYearEndLeavesTheFirstInstance() {
        assertEquals(YearEndResult.UPHELD, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-06-14", UPHELD), decided(2, "2020-01-01", CORRECTED)), END_2019));
    }

    @Test
    void aRetrialWithinTheYearReplacesTheAppeal() {
        assertEquals(YearEndResult.OTHER, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-02-01", UPHELD), decided(2, "2019-05-01", CORRECTED), decided(3, "2019-10-08", OTHER)),
                END_2019));
    }

    @Test
    void aRetrialAfterTheYearEndLeavesTheAppeal() {
        assertEquals(YearEndResult.CORRECTED, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-02-01", UPHELD), decided(2, "2019-05-01", CORRECTED), decided(3, "2020-03-02", OTHER)),
                END_2019));
    }

    @Test
    void twoDecisionsOnOneDayAreOrderedByInstance() {
        assertEquals(YearEndResult.CORRECTED, YearEndResult.latestAsOf(List.of(
                decided(3, "2019-08-01", CORRECTED), decided(2, "2019-08-01", UPHELD), decided(1, "2019-03-01", OTHER)),
                END_2019));
    }

    @Test
    void theOrderTheDecisionsAreGivenInDoesNotMatter() {
        assertEquals(YearEndResult.CORRECTED, YearEndResult.latestAsOf(List.of(
                decided(2, "2019-11-20", CORRECTED), decided(1, "2019-06-14", UPHELD)), END_2019));
    }

    @Test
    void aFirstInstanceDecidedAfterTheYearEndIsPending() {
        assertEquals(YearEndResult.PENDING, YearEndResult.latestAsOf(List.of(decided(1, "2020-01-01", UPHELD)), END_2019));
    }

    @Test
    void noDecisionIsPending() {
        assertEquals(YearEndResult.PENDING, YearEndResult.latestAsOf(List.of(), END_2019));
        assertEquals(YearEndResult.PENDING, YearEndResult.latestAsOf(List.of(new Decision(1, null, null)), END_2019));
    }

    @Test
    void anAppealWithoutAResultYetLeavesTheFirstInstance() {
        assertEquals(YearEndResult.UPHELD, YearEndResult.latestAsOf(List.of(
                decided(1, "2019-06-14", UPHELD), new Decision(2, null, null)), END_2019));
    }

    @Test
    void aFirstInstanceOnTheLastDayCountsInThatYearOnly() {
        List<Decision> decisions = List.of(decided(1, "2019-12-31", OTHER));
        assertEquals(YearEndResult.OTHER, YearEndResult.latestAsOf(decisions, END_2019));
        assertEquals(YearEndResult.PENDING, YearEndResult.latestAsOf(decisions, YearEndResult.endOf(2018)));
    }
}
