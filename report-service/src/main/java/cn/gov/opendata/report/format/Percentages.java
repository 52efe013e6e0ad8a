package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.model.ReportSettings.Rounding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Percentages as printed in reports, in exact decimal arithmetic. TRUNCATE reproduces the seed report
 * (148/258 → 57.36%); HALF_UP rounds; LARGEST_REMAINDER makes the shares of one whole add up to exactly 100.
 * A zero denominator has no percentage: the methods answer null and callers leave the figure out.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rounding rounding;
    private final int decimals;

    public Percentages(ReportSettings settings) {
        this.rounding = settings.rounding();
        this.decimals = settings.decimals();
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be between 0 and 6");
        }
    }

    /** One ratio on its own ("actual disclosure rate"): LARGEST_REMAINDER has no whole to balance, so it rounds half-up. */
    public String of(long part, long whole) {
        BigDecimal value = value(part, whole);
        return value == null ? null : value.toPlainString() + "%";
    }

    public BigDecimal value(long part, long whole) {
        return value(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public String of(BigDecimal part, BigDecimal whole) {
        BigDecimal value = value(part, whole);
        return value == null ? null : value.toPlainString() + "%";
    }

    public BigDecimal value(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        RoundingMode mode = rounding == Rounding.TRUNCATE ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        return part.multiply(HUNDRED).divide(whole, decimals, mode);
    }

    /**
     * The shares of {@code whole} taken by each part, in order. With LARGEST_REMAINDER the printed shares add up to
     * exactly the rounded share of all the parts together (100 when the parts make up the whole): every share is
     * first truncated, then the missing units go to the largest remainders (earlier parts first on ties).
     */
    public List<String> shares(List<Long> parts, long whole) {
        if (whole == 0) {
            return parts.stream().map(p -> (String) null).toList();
        }
        if (rounding != Rounding.LARGEST_REMAINDER) {
            return parts.stream().map(p -> of(p, whole)).toList();
        }
        BigInteger scale = BigInteger.TEN.pow(decimals).multiply(BigInteger.valueOf(100));
        BigInteger w = BigInteger.valueOf(whole);
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger sumParts = BigInteger.ZERO;
        for (long part : parts) {
            BigInteger[] qr = BigInteger.valueOf(part).multiply(scale).divideAndRemainder(w);
            floors.add(qr[0]);
            remainders.add(qr[1]);
            sumParts = sumParts.add(BigInteger.valueOf(part));
        }
        BigInteger target = new BigDecimal(sumParts.multiply(scale)).divide(new BigDecimal(w), 0, RoundingMode.HALF_UP).toBigInteger();
        BigInteger missing = target.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<Integer> order = IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < missing.intValue() && k < order.size(); k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(BigInteger.ONE));
        }
        return floors.stream().map(units -> new BigDecimal(units, decimals).toPlainString() + "%").toList();
    }
}
