package cn.gov.opendata.report.model;

/** The two statutory report formats (DOMAIN.md §5). */
public enum ReportFormat {
    /** 国办公开办函〔2021〕30号: reports on 2021 onwards, with tables 二, 三, 四. */
    NATIONAL_2021,
    /** 2008 条例: prose with figures and percentages, as in the Zhoukou 2018 report. */
    LEGACY_2008
}
