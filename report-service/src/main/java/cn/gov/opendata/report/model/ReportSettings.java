package cn.gov.opendata.report.model;

/** How percentages are printed: rounding mode and number of decimals (default: truncate, 2 — as the seed report). */
public record ReportSettings(Rounding rounding, int decimals) {

    public enum Rounding {
        TRUNCATE,
        HALF_UP,
        LARGEST_REMAINDER
    }

    public static ReportSettings defaults() {
        return new ReportSettings(Rounding.TRUNCATE, 2);
    }
}
