package cn.gov.opendata.appeals.lawsuit.service;

import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.lawsuit.rest.AppealBody;
import cn.gov.opendata.appeals.lawsuit.rest.LawsuitBody;
import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-field rules of a lawsuit beyond those every case shares. */
final class LawsuitRules {

    private LawsuitRules() {
    }

    static List<Violation> check(LawsuitBody body) {
        List<Violation> violations = new ArrayList<>(
                OutcomeRules.check(body.filedOn(), body.result(), body.resultKind(), body.decidedOn()));
        if (body.reconsideration() != null && body.route() != Route.AFTER_RECONSIDERATION) {
            violations.add(new Violation("reconsideration", "is only allowed when route is AFTER_RECONSIDERATION"));
        }
        Set<Integer> instances = new HashSet<>();
        List<AppealBody> appeals = body.appealsOrEmpty();
        for (int i = 0; i < appeals.size(); i++) {
            AppealBody appeal = appeals.get(i);
            if (appeal == null) {
                continue;
            }
            String field = "appeals[" + i + "]";
            if (appeal.instance() != null && !instances.add(appeal.instance())) {
                violations.add(new Violation(field + ".instance", "appears more than once"));
            }
            if (body.decidedOn() == null) {
                violations.add(new Violation(field, "needs a first-instance judgment (result and decidedOn) first"));
            }
            OutcomeRules.checkDate(field + ".decidedOn", appeal.decidedOn(), violations);
            // the latest decision by the year end counts in the figures (YearEndResult.latestAsOf): a result needs its
            // date; a date without a result is kept for the file and counts as no decision
            if (appeal.result() != null && appeal.decidedOn() == null) {
                violations.add(new Violation(field + ".decidedOn", "上诉（再审）结果须有裁判日期"));
            }
            if (appeal.decidedOn() != null && body.decidedOn() != null && appeal.decidedOn().isBefore(body.decidedOn())) {
                violations.add(new Violation(field + ".decidedOn", "must not be before the first-instance decidedOn"));
            }
        }
        return violations;
    }
}
