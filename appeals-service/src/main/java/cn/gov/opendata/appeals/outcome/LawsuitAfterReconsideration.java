package cn.gov.opendata.appeals.outcome;

import cn.gov.opendata.platform.problem.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lawsuit on the route "after reconsideration" (复议后起诉) follows the reconsideration it names: one may sue only
 * once the reconsideration organ has decided, or has let its time limit pass (《中华人民共和国行政诉讼法》第四十五条), so
 * the suit is filed strictly after the reconsideration was applied for, and the reconsideration it names is on record
 * here (the statistics count the pair in one service, DOMAIN.md §4).
 * <p>
 * Left open on purpose: a suit filed between the reconsideration's filing and its decision is accepted — the organ may
 * have let its time limit pass and decided late (第四十五条 allows suing then), so the decision date does not bound the
 * filing.
 */
public final class LawsuitAfterReconsideration {

    public static final String ARTICLE = "《中华人民共和国行政诉讼法》第四十五条";

    /** The named reconsideration as the rule needs it: its key and filing date. */
    public record Named(String agency, String caseNumber, LocalDate filedOn) {
    }

    private LawsuitAfterReconsideration() {
    }

    /**
     * The violations of a suit filed on {@code lawsuitFiledOn} naming a reconsideration ({@code agency},
     * {@code caseNumber}); {@code named} is the reconsideration on record under that key, or null if there is none.
     */
    public static List<Violation> check(LocalDate lawsuitFiledOn, String agency, String caseNumber, Named named) {
        List<Violation> violations = new ArrayList<>();
        if (named == null) {
            violations.add(new Violation("reconsideration", "所指的行政复议案件（" + agency + "，" + caseNumber
                    + "）未登记：复议后起诉须指向已登记的行政复议案件，请先登记该复议案件"));
            return violations;
        }
        filedAfter(lawsuitFiledOn, named).ifPresent(violations::add);
        return violations;
    }

    /** The violation of a suit filed on {@code lawsuitFiledOn} not after the reconsideration it names was filed. */
    public static Optional<Violation> filedAfter(LocalDate lawsuitFiledOn, Named named) {
        if (lawsuitFiledOn == null || named.filedOn() == null || lawsuitFiledOn.isAfter(named.filedOn())) {
            return Optional.empty();
        }
        return Optional.of(new Violation("filedOn", "起诉日期 " + lawsuitFiledOn + " 不晚于所指行政复议案件（"
                + named.agency() + "，" + named.caseNumber() + "）的申请日期 " + named.filedOn()
                + "：复议后起诉须在申请行政复议之后（" + ARTICLE + "）"));
    }
}
