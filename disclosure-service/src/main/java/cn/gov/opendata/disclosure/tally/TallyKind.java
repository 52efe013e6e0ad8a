package cn.gov.opendata.disclosure.tally;

/** The yearly figures an agency enters for table 二 (not itemised here). */
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
