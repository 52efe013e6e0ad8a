package cn.gov.opendata.appeals.outcome;

/** How a reconsideration or first-instance judgment came out (结果维持 / 结果纠正 / 其他结果). */
public enum CaseResult {
    /** 维持; for lawsuits also 驳回诉讼请求. */
    UPHELD,
    /** 纠正: revoked, changed, confirmed unlawful or ordered to act. */
    CORRECTED,
    /** 其他结果: dismissed on procedure, terminated, withdrawn, mediated. */
    OTHER
}
