package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** {@code GET /api/v1/statistics/{year}} of the appeals-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppealsStatistics(int year, Map<String, AppealsFigures> agencies) {

    public AppealsStatistics {
        agencies = Counts.copy(agencies);
    }
}
