package cn.gov.opendata.report.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How percentages are printed: rounding mode and number of decimals (default: truncate, 2 — as the seed report). */
public record ReportSettings(Rounding rounding, int decimals) {

    @Schema(description = "百分比取舍 How percentages are rounded: TRUNCATE 截断（默认） · HALF_UP 四舍五入 · LARGEST_REMAINDER 最大余数法（合计恰为100%）")
    public enum Rounding {
        TRUNCATE,
        HALF_UP,
        LARGEST_REMAINDER
    }

    public static ReportSettings defaults() {
        return new ReportSettings(Rounding.TRUNCATE, 2);
    }
}
