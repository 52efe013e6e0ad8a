package cn.gov.opendata.appeals.outcome;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YearEndResultTest {

    private static final LocalDate END_2018 = YearEndResult.endOf(2018);

    @Test
    void undecidedCaseIsPending() {
        assertEquals(YearEndResult.PENDING, YearEndResult.asOf(null, null, END_2018));
    }

    @Test
    void caseDecidedOnTheLastDayOfTheYearIsDecided() {
        assertEquals(YearEndResult.CORRECTED, YearEndResult.asOf(CaseResult.CORRECTED, LocalDate.of(2018, 12, 31), END_2018));
    }

    @Test
    void caseDecidedOnNewYearsDayIsStillPendingForTheYearBefore() {
        assertEquals(YearEndResult.PENDING, YearEndResult.asOf(CaseResult.UPHELD, LocalDate.of(2019, 1, 1), END_2018));
    }

    @Test
    void everyResultKeepsItsNameWhenDecidedInTime() {
        for (CaseResult result : CaseResult.values()) {
            assertEquals(result.name(), YearEndResult.asOf(result, LocalDate.of(2018, 6, 1), END_2018).name());
        }
    }
}
