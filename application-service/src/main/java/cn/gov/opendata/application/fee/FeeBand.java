package cn.gov.opendata.application.fee;

import java.math.BigDecimal;

/** One charged band of a quote: units {@code from}–{@code to} at {@code unitYuan} each. */
public record FeeBand(int from, int to, int units, BigDecimal unitYuan, BigDecimal amountYuan) {
}
