package cn.gov.opendata.report.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two statutory report formats (DOMAIN.md §5). */
@Schema(description = "报告格式 The table layout: NATIONAL_2021 2021年全国统一格式（默认） · LEGACY_2008 2008年旧格式")
public enum ReportFormat {
    /** 国办公开办函〔2021〕30号: reports on 2021 onwards, with tables 二, 三, 四. */
    NATIONAL_2021,
    /** 2008 条例: prose with figures and percentages, as in the Zhoukou 2018 report. */
    LEGACY_2008
}
