package cn.gov.opendata.application.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money on the wire: a string with exactly two decimals ("12.50"). */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static String format(BigDecimal amount) {
        return (amount == null ? ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static BigDecimal normalize(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
