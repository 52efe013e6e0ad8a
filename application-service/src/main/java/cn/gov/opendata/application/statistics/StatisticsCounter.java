package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.request.ApplicantType;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts requests into one year's figures by the rules of DOMAIN.md §3.2. Each request received by 31 Dec and
 * not concluded before 1 Jan enters exactly one of received / carried over and exactly one of concluded /
 * carried forward, which is why received + carried over = concluded + carried forward for every applicant type.
 * A request not yet received (awaiting confirmation) counts nowhere.
 */
public final class StatisticsCounter {

    private StatisticsCounter() {
    }

    public static Map<String, AgencyFigures> count(int year, Iterable<RequestFacts> requests) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, AgencyFigures> agencies = new TreeMap<>();
        for (RequestFacts r : requests) {
            if (r.receivedOn() == null || r.receivedOn().isAfter(last)) {
                continue;
            }
            if (r.concludedOn() != null && r.concludedOn().isBefore(first)) {
                continue;
            }
            AgencyFigures f = agencies.computeIfAbsent(r.agency(), a -> new AgencyFigures());
            if (r.receivedOn().isBefore(first)) {
                f.carriedOver.merge(r.applicantType(), 1L, Long::sum);
            } else {
                f.receivedByChannel.merge(r.channel(), 1L, Long::sum);
                f.receivedByApplicant.merge(r.applicantType(), 1L, Long::sum);
            }
            if (r.concludedOn() == null || r.concludedOn().isAfter(last)) {
                f.carriedForward.merge(r.applicantType(), 1L, Long::sum);
                continue;
            }
            f.concluded.computeIfAbsent(r.outcome(), o -> AgencyFigures.zeros(ApplicantType.class))
                    .merge(r.applicantType(), 1L, Long::sum);
            if (r.timeliness() != null) {
                switch (r.timeliness()) {
                    case ON_TIME -> f.onTime++;
                    case AFTER_EXTENSION -> f.afterExtension++;
                    case LATE -> f.late++;
                }
            }
            if (r.workingDaysTaken() != null) {
                f.workingDays.merge(r.workingDaysTaken(), 1L, Long::sum);
            }
            if (r.feeChargedYuan() != null && r.feeChargedYuan().signum() > 0) {
                f.requestsCharged++;
                f.feesYuan = f.feesYuan.add(r.feeChargedYuan());
            }
        }
        return agencies;
    }
}
