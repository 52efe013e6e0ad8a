package cn.gov.opendata.appeals.outcome;

import java.util.Arrays;
import java.util.List;

/** The finer kind of a CORRECTED or OTHER result; an UPHELD result has no kind. */
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
