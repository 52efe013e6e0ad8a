package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** Requests counted by channel and by applicant type (received, carried over, carried forward). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestCounts(Map<String, Long> byChannel, Map<String, Long> byApplicant) {

    public static final RequestCounts EMPTY = new RequestCounts(null, null);

    public RequestCounts {
        byChannel = Counts.copy(byChannel);
        byApplicant = Counts.copy(byApplicant);
    }

    public RequestCounts plus(RequestCounts o) {
        return new RequestCounts(Counts.add(byChannel, o.byChannel), Counts.add(byApplicant, o.byApplicant));
    }

    public long channel(String code) {
        return Counts.get(byChannel, code);
    }

    public long applicant(String code) {
        return Counts.get(byApplicant, code);
    }

    public long totalByApplicant() {
        return Counts.total(byApplicant);
    }

    public long totalByChannel() {
        return Counts.total(byChannel);
    }
}
