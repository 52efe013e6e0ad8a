package cn.gov.opendata.appeals.outcome;

import cn.gov.opendata.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeRulesTest {

    private static final LocalDate FILED = LocalDate.of(2018, 3, 1);
    private static final LocalDate DECIDED = LocalDate.of(2018, 5, 1);

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void undecidedCaseIsValid() {
        assertTrue(OutcomeRules.check(FILED, null, null, null).isEmpty());
    }

    @Test
    void everyKindIsValidWithItsOwnResult() {
        for (ResultKind kind : ResultKind.values()) {
            assertTrue(OutcomeRules.check(FILED, kind.result(), kind, DECIDED).isEmpty(), kind.name());
        }
    }

    @Test
    void resultWithoutKindIsValid() {
        assertTrue(OutcomeRules.check(FILED, CaseResult.CORRECTED, null, DECIDED).isEmpty());
    }

    @Test
    void decisionOnTheFilingDayIsValid() {
        assertTrue(OutcomeRules.check(FILED, CaseResult.UPHELD, null, FILED).isEmpty());
    }

    @Test
    void decisionBeforeFilingNamesDecidedOn() {
        assertEquals(List.of("decidedOn"), fields(OutcomeRules.check(FILED, CaseResult.UPHELD, null, FILED.minusDays(1))));
    }

    @Test
    void resultWithoutDateNamesDecidedOn() {
        assertEquals(List.of("decidedOn"), fields(OutcomeRules.check(FILED, CaseResult.OTHER, null, null)));
    }

    @Test
    void dateWithoutResultNamesResult() {
        assertEquals(List.of("result"), fields(OutcomeRules.check(FILED, null, null, DECIDED)));
    }

    @Test
    void kindOfAnotherResultNamesResultKind() {
        assertEquals(List.of("resultKind"), fields(OutcomeRules.check(FILED, CaseResult.OTHER, ResultKind.REVOKED, DECIDED)));
        assertEquals(List.of("resultKind"), fields(OutcomeRules.check(FILED, CaseResult.CORRECTED, ResultKind.WITHDRAWN, DECIDED)));
    }

    @Test
    void upheldHasNoKind() {
        for (ResultKind kind : ResultKind.values()) {
            assertEquals(List.of("resultKind"), fields(OutcomeRules.check(FILED, CaseResult.UPHELD, kind, DECIDED)), kind.name());
        }
    }

    @Test
    void kindWithoutResultNamesResultKind() {
        assertEquals(List.of("resultKind"), fields(OutcomeRules.check(FILED, null, ResultKind.MEDIATED, null)));
    }

    @Test
    void implausibleYearsAreRejected() {
        assertEquals(List.of("filedOn"), fields(OutcomeRules.check(LocalDate.of(1979, 12, 31), null, null, null)));
        assertEquals(List.of("decidedOn"), fields(OutcomeRules.check(FILED, CaseResult.UPHELD, null, LocalDate.of(2101, 1, 1))));
    }
}
