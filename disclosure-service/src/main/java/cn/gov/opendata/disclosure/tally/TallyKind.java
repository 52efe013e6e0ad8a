package cn.gov.opendata.disclosure.tally;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The yearly figures an agency enters for table 二 (not itemised here). The decision counts and fees serve both
 * national formats; the catalogue sizes and procurement serve the trial format of 2019–2020 (DOMAIN.md §5.1a), whose
 * 上一年项目数量 and 本年增/减 are the catalogue's size at the end of the year before and the difference.
 */
@Schema(description = "年度统计项 A yearly figure entered as one number: LICENSING_DECISIONS 行政许可处理决定数 · PENALTY_DECISIONS 行政处罚处理决定数 · COERCION_DECISIONS 行政强制处理决定数 · FEES_COLLECTED_10K_YUAN 行政事业性收费金额（万元） · OTHER_SERVICE_DECISIONS 其他对外管理服务事项处理决定数 · LICENSING_ITEMS 行政许可事项数（年末） · OTHER_SERVICE_ITEMS 其他对外管理服务事项数（年末） · PENALTY_ITEMS 行政处罚事项数（年末） · COERCION_ITEMS 行政强制事项数（年末） · FEE_ITEMS 行政事业性收费项目数（年末） · PROCUREMENT_PROJECTS 政府集中采购项目数 · PROCUREMENT_AMOUNT_10K_YUAN 政府集中采购总金额（万元）")
public enum TallyKind {
    /** 行政许可 decisions made this year. */
    LICENSING_DECISIONS(0, false),
    /** 行政处罚 decisions made this year. */
    PENALTY_DECISIONS(0, false),
    /** 行政强制 decisions made this year. */
    COERCION_DECISIONS(0, false),
    /** 行政事业性收费 collected this year, in 万元 (10,000 CNY), two decimals. */
    FEES_COLLECTED_10K_YUAN(2, false),
    /** 其他对外管理服务事项 decisions made this year. */
    OTHER_SERVICE_DECISIONS(0, false),
    /** Items in the 行政许可 catalogue at the end of the year. */
    LICENSING_ITEMS(0, true),
    /** Items in the catalogue of 其他对外管理服务事项 at the end of the year. */
    OTHER_SERVICE_ITEMS(0, true),
    /** Items in the 行政处罚 catalogue at the end of the year. */
    PENALTY_ITEMS(0, true),
    /** Items in the 行政强制 catalogue at the end of the year. */
    COERCION_ITEMS(0, true),
    /** Items in the catalogue of 行政事业性收费 at the end of the year. */
    FEE_ITEMS(0, true),
    /** 政府集中采购 projects of the year. */
    PROCUREMENT_PROJECTS(0, false),
    /** Their total amount in 万元; four decimals keep it exact to the yuan, as published reports print it. */
    PROCUREMENT_AMOUNT_10K_YUAN(4, false);

    private final int decimals;
    private final boolean catalogue;

    TallyKind(int decimals, boolean catalogue) {
        this.decimals = decimals;
        this.catalogue = catalogue;
    }

    /** The size of a catalogue at year end: the next year's statistics repeat it as that year's starting size. */
    public boolean isCatalogue() {
        return catalogue;
    }

    /** A count is a whole number; otherwise the figure is an amount in 万元. */
    public boolean isCount() {
        return decimals == 0;
    }

    /** The decimals an amount is kept and written with (0 for counts). */
    public int decimals() {
        return decimals;
    }
}
