package cn.gov.opendata.appeals.outcome;

import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration.Named;
import cn.gov.opendata.platform.problem.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates chosen by hand around the one boundary of 行政诉讼法第45条: the day the reconsideration was applied for. */
class LawsuitAfterReconsiderationTest {

    private static Named filedOn(String date) {
        return new Named("zk-gov", "周复字〔2018〕12号", LocalDate.parse(date));
    }

    @ParameterizedTest(name = "reconsideration filed {0}, lawsuit filed {1}: accepted")
    @CsvSource({
            "2018-03-01, 2018-03-02",   // the next day
            "2018-03-01, 2018-05-15",   // after a 60-day reconsideration and its decision
            "2018-12-31, 2019-01-02",   // across the year end
            "2018-02-28, 2018-03-01",   // across a month end of a common year
            "2020-02-28, 2020-02-29",   // into a leap day
            "2020-02-29, 2020-03-01",   // out of a leap day
            "1990-01-01, 1990-01-02",   // the earliest dates the date policy allows
            "2018-06-01, 2019-06-01"})  // a year later (a late suit is the court's concern, not the figures')
    void aSuitFiledAfterTheReconsiderationIsAccepted(String reconsideration, String lawsuit) {
        assertEquals(List.of(), LawsuitAfterReconsideration.check(LocalDate.parse(lawsuit), "zk-gov", "周复字〔2018〕12号",
                filedOn(reconsideration)));
    }

    @ParameterizedTest(name = "reconsideration filed {0}, lawsuit filed {1}: refused")
    @CsvSource({
            "2018-03-01, 2018-03-01",   // the same day: the reconsideration cannot have been decided or lapsed
            "2018-03-01, 2018-02-28",   // the day before
            "2019-01-02, 2018-12-31",   // before, across the year end
            "2020-03-01, 2020-02-29",   // the leap day before
            "2018-11-20, 2018-04-01"})  // months before
    void aSuitFiledOnOrBeforeTheReconsiderationIsRefusedOnFiledOn(String reconsideration, String lawsuit) {
        List<Violation> violations = LawsuitAfterReconsideration.check(LocalDate.parse(lawsuit), "zk-gov",
                "周复字〔2018〕12号", filedOn(reconsideration));
        assertEquals(1, violations.size());
        assertEquals("filedOn", violations.get(0).field());
        assertTrue(violations.get(0).message().contains("第四十五条"), violations.get(0).message());
        assertTrue(violations.get(0).message().contains(reconsideration), violations.get(0).message());
        assertTrue(violations.get(0).message().contains(lawsuit), violations.get(0).message());
    }

    @Test
    void aReconsiderationNotOnRecordIsRefusedOnTheReference() {
        List<Violation> violations = LawsuitAfterReconsideration.check(LocalDate.of(2018, 5, 1), "zk-gov", "FY-404", null);
        assertEquals(1, violations.size());
        assertEquals("reconsideration", violations.get(0).field());
        assertTrue(violations.get(0).message().contains("FY-404"), violations.get(0).message());
        assertTrue(violations.get(0).message().contains("未登记"), violations.get(0).message());
    }

    @Test
    void missingDatesAreLeftToTheRequiredFieldRules() {
        assertTrue(LawsuitAfterReconsideration.filedAfter(null, filedOn("2018-03-01")).isEmpty());
        assertTrue(LawsuitAfterReconsideration.filedAfter(LocalDate.of(2018, 3, 1),
                new Named("zk-gov", "FY-1", null)).isEmpty());
    }
}
