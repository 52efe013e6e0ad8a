package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** {@code GET /api/v1/statistics/{year}} of the application-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationStatistics(int year, Map<String, ApplicationFigures> agencies) {

    public ApplicationStatistics {
        agencies = Counts.copy(agencies);
    }
}
