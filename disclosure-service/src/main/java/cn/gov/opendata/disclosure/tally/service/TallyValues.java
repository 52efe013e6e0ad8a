package cn.gov.opendata.disclosure.tally.service;

import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.disclosure.tally.TallyKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a tally value may be, and how it is written: counts as whole numbers, amounts with exactly two decimals. */
public final class TallyValues {

    /** numeric(16, 2) holds values below 10^14. */
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
        if (!kind.isCount() && scale > 2) {
            return Optional.of(new Violation(field, "must have at most 2 decimals (万元)"));
        }
        return Optional.empty();
    }

    public static String format(TallyKind kind, BigDecimal value) {
        return kind.isCount() ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
