package cn.gov.opendata.appeals.outcome;

import cn.gov.opendata.appeals.problem.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cross-field rules shared by reconsiderations and lawsuits: a result, its kind and its date go together. */
public final class OutcomeRules {

    /** Wide enough for any real case, narrow enough that a typo like 20188-01-01 is caught rather than stored. */
    public static final int MIN_YEAR = 1980;
    public static final int MAX_YEAR = 2100;

    private OutcomeRules() {
    }

    public static List<Violation> check(LocalDate filedOn, CaseResult result, ResultKind kind, LocalDate decidedOn) {
        List<Violation> violations = new ArrayList<>();
        checkDate("filedOn", filedOn, violations);
        checkDate("decidedOn", decidedOn, violations);
        if (result != null && decidedOn == null) {
            violations.add(new Violation("decidedOn", "is required when a result is given"));
        }
        if (result == null && decidedOn != null) {
            violations.add(new Violation("result", "is required when decidedOn is given"));
        }
        if (filedOn != null && decidedOn != null && decidedOn.isBefore(filedOn)) {
            violations.add(new Violation("decidedOn", "must not be before filedOn"));
        }
        if (kind != null) {
            if (result == null) {
                violations.add(new Violation("resultKind", "requires a result"));
            } else if (result == CaseResult.UPHELD) {
                violations.add(new Violation("resultKind", "must be absent for an UPHELD result"));
            } else if (kind.result() != result) {
                violations.add(new Violation("resultKind",
                        kind + " is not a kind of " + result + "; expected one of " + ResultKind.of(result)));
            }
        }
        return violations;
    }

    public static void checkDate(String field, LocalDate date, List<Violation> violations) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            violations.add(new Violation(field, "must be between " + MIN_YEAR + "-01-01 and " + MAX_YEAR + "-12-31"));
        }
    }
}
