package cn.gov.opendata.appeals.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The result a case shows in the figures of the year it was filed: its result if it was decided by
 * 31 Dec of that year, otherwise PENDING (尚未审结) — even if it has been decided since.
 */
@Schema(description = "年末结果 The result in the figures of the filing year: UPHELD 结果维持 · CORRECTED 结果纠正 · OTHER 其他结果 · PENDING 尚未审结 (not decided by 31 Dec)")
public enum YearEndResult {
    UPHELD, CORRECTED, OTHER, PENDING;

    public static YearEndResult asOf(CaseResult result, LocalDate decidedOn, LocalDate asOf) {
        if (result == null || decidedOn == null || decidedOn.isAfter(asOf)) {
            return PENDING;
        }
        return valueOf(result.name());
    }

    public static LocalDate endOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
