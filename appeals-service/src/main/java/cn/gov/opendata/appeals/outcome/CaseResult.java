package cn.gov.opendata.appeals.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a reconsideration or first-instance judgment came out (结果维持 / 结果纠正 / 其他结果). */
@Schema(description = "审理结果 The result of a decided case: UPHELD 维持（诉讼：驳回诉讼请求） · CORRECTED 纠正（撤销、变更、确认违法、责令履行） · OTHER 其他结果（程序驳回、终止、撤回、调解）")
public enum CaseResult {
    /** 维持; for lawsuits also 驳回诉讼请求. */
    UPHELD,
    /** 纠正: revoked, changed, confirmed unlawful or ordered to act. */
    CORRECTED,
    /** 其他结果: dismissed on procedure, terminated, withdrawn, mediated. */
    OTHER
}
