package cn.gov.opendata.report.trend;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a year's figures of a trend come from. */
@Schema(description = "数字来源 Where the year's figures come from: RECORDS 由记录计算 · BASELINE 已公布数字（基线），该年无记录 · "
        + "NONE 无数据（既无记录也无基线）")
public enum TrendSource {
    /** Computed from the records of the year: they always win. */
    RECORDS,
    /** No records in the year: the figures of the agency's published report, entered as the year's baseline. */
    BASELINE,
    /** Neither: a gap, never a zero. */
    NONE
}
