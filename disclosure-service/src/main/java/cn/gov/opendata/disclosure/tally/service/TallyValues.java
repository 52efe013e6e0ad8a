package cn.gov.opendata.disclosure.tally.service;

import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.disclosure.tally.TallyKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a tally value may be, and how it is written: counts as whole numbers, amounts with their kind's decimals. */
public final class TallyValues {

    /** numeric(18, 4) holds values below 10^14. */
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(14);

    private TallyValues() {
    }

    public static Optional<Violation> check(String field, TallyKind kind, BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of(new Violation(field, "must not be negative"));
        }
        if (value.compareTo(LIMIT) >= 0) {
            return Optional.of(new Violation(field, "must be less than " + LIMIT.toPlainString()));
        }
        int scale = value.stripTrailingZeros().scale();
        if (kind.isCount() && scale > 0) {
            return Optional.of(new Violation(field, "must be a whole number (a count of decisions)"));
        }
        if (!kind.isCount() && scale > kind.decimals()) {
            return Optional.of(new Violation(field, "must have at most " + kind.decimals() + " decimals (万元)"));
        }
        return Optional.empty();
    }

    public static String format(TallyKind kind, BigDecimal value) {
        return value.setScale(kind.decimals(), RoundingMode.UNNECESSARY).toPlainString();
    }
}
