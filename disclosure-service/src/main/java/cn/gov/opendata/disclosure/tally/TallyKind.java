package cn.gov.opendata.disclosure.tally;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The yearly figures an agency enters for table 二 (not itemised here). */
@Schema(description = "年度统计项 A yearly figure entered as one number: LICENSING_DECISIONS 行政许可处理决定数 · PENALTY_DECISIONS 行政处罚处理决定数 · COERCION_DECISIONS 行政强制处理决定数 · FEES_COLLECTED_10K_YUAN 行政事业性收费金额（万元）")
public enum TallyKind {
    /** 行政许可 decisions made this year. */
    LICENSING_DECISIONS(true),
    /** 行政处罚 decisions made this year. */
    PENALTY_DECISIONS(true),
    /** 行政强制 decisions made this year. */
    COERCION_DECISIONS(true),
    /** 行政事业性收费 collected this year, in 万元 (10,000 CNY), two decimals. */
    FEES_COLLECTED_10K_YUAN(false);

    private final boolean count;

    TallyKind(boolean count) {
        this.count = count;
    }

    /** A count is a whole number; otherwise the figure is an amount with two decimals. */
    public boolean isCount() {
        return count;
    }
}
