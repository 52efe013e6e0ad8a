package cn.gov.opendata.application.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 信息处理费 under 国办函〔2020〕109号.
 * <ul>
 *   <li>Per request (按件), counted per applicant per calendar month: the 1st–10th are free, the 11th–30th cost
 *   100 元 each, the 31st–40th 200 元, the 41st–50th 300 元, and each further band of 10 costs 100 元 more.</li>
 *   <li>Per volume (按量), per request: up to 30 pages free; pages 31–100 at 10 元, 101–200 at 20 元, 201 and
 *   above at 40 元 a page, each rate applying only to the pages in its band.</li>
 * </ul>
 */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    /** The fee for the applicant's {@code nth} request of the month (1-based). */
    public static BigDecimal perRequest(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth must be at least 1: " + nth);
        }
        if (nth <= 10) {
            return Money.ZERO;
        }
        if (nth <= 30) {
            return yuan(100);
        }
        int bandAbove30 = (nth - 31) / 10 + 1;
        return yuan(100 + 100L * bandAbove30);
    }

    /** The total for the first {@code count} requests of a month. */
    public static BigDecimal perRequestTotal(int count) {
        BigDecimal total = Money.ZERO;
        for (int i = 1; i <= count; i++) {
            total = total.add(perRequest(i));
        }
        return total;
    }

    public static BigDecimal perVolume(int pages) {
        return volumeBands(pages).stream().map(FeeBand::amountYuan).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The charged bands for a number of pages, cheapest first; empty when free. */
    public static List<FeeBand> volumeBands(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        List<FeeBand> bands = new ArrayList<>();
        band(bands, pages, 31, 100, 10);
        band(bands, pages, 101, 200, 20);
        band(bands, pages, 201, Integer.MAX_VALUE, 40);
        return bands;
    }

    private static void band(List<FeeBand> bands, int pages, int from, int to, int rate) {
        if (pages < from) {
            return;
        }
        int last = Math.min(pages, to);
        int units = last - from + 1;
        bands.add(new FeeBand(from, last, units, yuan(rate), yuan((long) rate * units)));
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
