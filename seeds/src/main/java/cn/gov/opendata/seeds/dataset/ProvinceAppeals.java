package cn.gov.opendata.seeds.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One year of the synthetic province's cases against the given respondents, for the benchmark's province and the
 * end-to-end sample alike: reconsiderations (every {@code pendingEvery}-th still pending at the year's end), lawsuits
 * (three in ten after a decided reconsideration filed before them, 行政诉讼法第四十五条) and complaints. The draws come
 * from {@code fabric} in a fixed order, so a dataset is the same for the same seed.
 */
final class ProvinceAppeals {

    private static final List<String> RESULTS = List.of("UPHELD", "UPHELD", "UPHELD", "CORRECTED", "OTHER");

    /** How many cases of each kind, which of them are pending, and the digits of a case number. */
    record Counts(int reconsiderations, int reconsiderationPendingEvery, int lawsuits, int lawsuitPendingEvery,
            int complaints, int digits) {
    }

    private ProvinceAppeals() {
    }

    static void add(Dataset dataset, Fabric fabric, int year, List<String> respondents, Counts counts) {
        String number = "%0" + counts.digits() + "d";
        List<Records.Reconsideration> decided = new ArrayList<>();
        for (int n = 1; n <= counts.reconsiderations(); n++) {
            String result = n % counts.reconsiderationPendingEvery() == 0 ? null : RESULTS.get(n % RESULTS.size());
            LocalDate filed = result == null ? fabric.weekdayBetween(LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 28))
                    : fabric.weekdayBetween(LocalDate.of(year, 1, 2), LocalDate.of(year, 10, 31));
            Records.Reconsideration reconsideration = new Records.Reconsideration(fabric.pick(respondents),
                    "FY-" + year + "-" + String.format(number, n), filed.toString(), null, result,
                    result == null ? null : ZhoukouDataset.kindOf(result, fabric),
                    result == null ? null : Fabric.plusWeekdays(filed, fabric.between(20, 40)).toString());
            dataset.reconsiderations().add(reconsideration);
            if (result != null) {
                decided.add(reconsideration);
            }
        }
        for (int n = 1; n <= counts.lawsuits(); n++) {
            String result = n % counts.lawsuitPendingEvery() == 0 ? null : RESULTS.get(n % RESULTS.size());
            LocalDate filed = result == null ? fabric.weekdayBetween(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 28))
                    : fabric.weekdayBetween(LocalDate.of(year, 1, 15), LocalDate.of(year, 9, 30));
            Records.Reconsideration origin = n % 10 < 3 ? ReconsiderationOrigin.filedBefore(decided, n % decided.size(), filed) : null;
            String agency = origin != null ? origin.agency() : fabric.pick(respondents);
            dataset.lawsuits().add(new Records.Lawsuit(agency, "SS-" + year + "-" + String.format(number, n),
                    filed.toString(), origin != null ? "AFTER_RECONSIDERATION" : "DIRECT",
                    origin == null ? null : new Records.CaseRef(origin.agency(), origin.caseNumber()),
                    "河南省第" + (1 + n % 40) + "人民法院", null, result,
                    result == null ? null : ZhoukouDataset.kindOf(result, fabric),
                    result == null ? null : Fabric.plusWeekdays(filed, fabric.between(30, 60)).toString()));
        }
        for (int n = 1; n <= counts.complaints(); n++) {
            dataset.complaints().add(new Records.Complaint(fabric.pick(respondents), "TS-" + year + "-" + String.format(number, n),
                    fabric.dayIn(year).toString(), "反映" + fabric.topic() + "信息未按规定公开",
                    fabric.pick(List.of("已核实并督促公开", "经核查不属实", "已转办并回复"))));
        }
    }
}
