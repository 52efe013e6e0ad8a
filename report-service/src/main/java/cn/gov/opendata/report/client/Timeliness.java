package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** How promptly concluded requests were answered; {@code workingDays} is an additive histogram. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeliness(long onTime, long afterExtension, long late, Map<String, Long> workingDays) {

    public static final Timeliness EMPTY = new Timeliness(0, 0, 0, null);

    public Timeliness {
        workingDays = Counts.copy(workingDays);
    }

    public Timeliness plus(Timeliness o) {
        return new Timeliness(onTime + o.onTime, afterExtension + o.afterExtension, late + o.late,
                Counts.add(workingDays, o.workingDays));
    }
}
