package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/** {@code GET /api/v1/statistics/{year}} of the disclosure-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisclosureStatistics(int year, Map<String, DisclosureFigures> agencies) {

    public DisclosureStatistics {
        agencies = Counts.copy(agencies);
    }
}
