package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One agency's (or a summed scope's) figures on disclosure on request, as the application-service reports them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationFigures(
        RequestCounts received,
        RequestCounts carriedOver,
        ConcludedCounts concluded,
        RequestCounts carriedForward,
        Timeliness timeliness,
        Fees fees) {

    public static final ApplicationFigures EMPTY = new ApplicationFigures(null, null, null, null, null, null);

    public ApplicationFigures {
        received = received == null ? RequestCounts.EMPTY : received;
        carriedOver = carriedOver == null ? RequestCounts.EMPTY : carriedOver;
        concluded = concluded == null ? ConcludedCounts.EMPTY : concluded;
        carriedForward = carriedForward == null ? RequestCounts.EMPTY : carriedForward;
        timeliness = timeliness == null ? Timeliness.EMPTY : timeliness;
        fees = fees == null ? Fees.EMPTY : fees;
    }

    public ApplicationFigures plus(ApplicationFigures o) {
        return new ApplicationFigures(received.plus(o.received), carriedOver.plus(o.carriedOver),
                concluded.plus(o.concluded), carriedForward.plus(o.carriedForward),
                timeliness.plus(o.timeliness), fees.plus(o.fees));
    }
}
