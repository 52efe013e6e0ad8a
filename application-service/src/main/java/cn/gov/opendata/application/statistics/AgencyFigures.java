package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** One agency's figures for one year, as they are counted. */
public final class AgencyFigures {

    final Map<Channel, Long> receivedByChannel = zeros(Channel.class);
    final Map<ApplicantType, Long> receivedByApplicant = zeros(ApplicantType.class);
    final Map<ApplicantType, Long> carriedOver = zeros(ApplicantType.class);
    final Map<Outcome, Map<ApplicantType, Long>> concluded = new EnumMap<>(Outcome.class);
    final Map<ApplicantType, Long> carriedForward = zeros(ApplicantType.class);
    long onTime;
    long afterExtension;
    long late;
    final Map<Integer, Long> workingDays = new TreeMap<>();
    long requestsCharged;
    BigDecimal feesYuan = BigDecimal.ZERO;

    public Map<Channel, Long> receivedByChannel() {
        return receivedByChannel;
    }

    public Map<ApplicantType, Long> receivedByApplicant() {
        return receivedByApplicant;
    }

    public Map<ApplicantType, Long> carriedOver() {
        return carriedOver;
    }

    public Map<Outcome, Map<ApplicantType, Long>> concluded() {
        return concluded;
    }

    public Map<ApplicantType, Long> carriedForward() {
        return carriedForward;
    }

    public long onTime() {
        return onTime;
    }

    public long afterExtension() {
        return afterExtension;
    }

    public long late() {
        return late;
    }

    public Map<Integer, Long> workingDays() {
        return workingDays;
    }

    public long requestsCharged() {
        return requestsCharged;
    }

    public BigDecimal feesYuan() {
        return feesYuan;
    }

    /** Requests concluded in the year with this applicant type, over all outcomes. */
    public long concludedTotal(ApplicantType type) {
        return concluded.values().stream().mapToLong(m -> m.get(type)).sum();
    }

    static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
