package cn.gov.opendata.report.format;

import java.math.BigDecimal;

/** A supplementary figure entered by the office ("向省政府报送信息 1764 条"). */
public record Supplement(String key, String label, BigDecimal value, String unit) {

    public static final String PROVINCE_SUBMITTED = "PROVINCE_SUBMITTED";
    public static final String PROVINCE_ADOPTED = "PROVINCE_ADOPTED";

    /** The value as entered ("1764", "12.50"), never in scientific notation. */
    public String text() {
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
