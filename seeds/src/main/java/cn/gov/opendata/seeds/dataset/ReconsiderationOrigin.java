package cn.gov.opendata.seeds.dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * The reconsideration a generated lawsuit after reconsideration names. appeals-service refuses a suit filed on or before
 * the reconsideration it names (行政诉讼法第四十五条), so the pick skips those; it draws nothing from the random source,
 * so the rest of a dataset is the same as before the rule.
 */
final class ReconsiderationOrigin {

    private ReconsiderationOrigin() {
    }

    /** The first of {@code decided}, from index {@code start} round, filed before {@code suitFiledOn}; null if none is. */
    static Records.Reconsideration filedBefore(List<Records.Reconsideration> decided, int start, LocalDate suitFiledOn) {
        for (int i = 0; i < decided.size(); i++) {
            Records.Reconsideration candidate = decided.get((start + i) % decided.size());
            if (LocalDate.parse(candidate.filedOn()).isBefore(suitFiledOn)) {
                return candidate;
            }
        }
        return null;
    }
}
