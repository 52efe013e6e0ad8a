package cn.gov.opendata.appeals.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Collection;

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

    /**
     * The result a lawsuit shows as of {@code asOf}: that of the latest decision on or before it — a second instance
     * replaces the first (first-instance UPHELD in June, appeal CORRECTED in November: CORRECTED) — PENDING if none.
     * The statistics query and the list filter count by the same rule.
     */
    public static YearEndResult latestAsOf(Collection<Decision> decisions, LocalDate asOf) {
        return decisions.stream()
                .filter(d -> d.result() != null && d.decidedOn() != null && !d.decidedOn().isAfter(asOf))
                .max(Decision.CHRONOLOGICAL)
                .map(d -> valueOf(d.result().name()))
                .orElse(PENDING);
    }

    public static LocalDate endOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
