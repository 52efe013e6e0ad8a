package cn.gov.opendata.appeals.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

/** The finer kind of a CORRECTED or OTHER result; an UPHELD result has no kind. */
@Schema(description = "具体结果 The decision in detail, and the result it counts as: REVOKED 撤销 · CHANGED 变更 · CONFIRMED_UNLAWFUL 确认违法 · ORDERED_TO_ACT 责令履行 (all CORRECTED 纠正) · DISMISSED 驳回（程序） · TERMINATED 终止 · WITHDRAWN 撤回 · MEDIATED 调解 (all OTHER 其他)")
public enum ResultKind {
    REVOKED(CaseResult.CORRECTED),
    CHANGED(CaseResult.CORRECTED),
    CONFIRMED_UNLAWFUL(CaseResult.CORRECTED),
    ORDERED_TO_ACT(CaseResult.CORRECTED),
    DISMISSED(CaseResult.OTHER),
    TERMINATED(CaseResult.OTHER),
    WITHDRAWN(CaseResult.OTHER),
    MEDIATED(CaseResult.OTHER);

    private final CaseResult result;

    ResultKind(CaseResult result) {
        this.result = result;
    }

    public CaseResult result() {
        return result;
    }

    public static List<ResultKind> of(CaseResult result) {
        return Arrays.stream(values()).filter(kind -> kind.result == result).toList();
    }
}
