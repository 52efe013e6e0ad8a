package cn.gov.opendata.appeals.outcome;

import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.platform.problem.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cross-field rules shared by reconsiderations and lawsuits: a result, its kind and its date go together. */
public final class OutcomeRules {

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

    /** Filing and decision dates record what happened: the platform's date policy. */
    public static void checkDate(String field, LocalDate date, List<Violation> violations) {
        DatePolicy.happened(field, date).ifPresent(violations::add);
    }
}
