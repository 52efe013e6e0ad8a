package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An appeals case that names the information request it concerns (appeals-service's statistics contract): the case's
 * kind (RECONSIDERATION or LAWSUIT) and number, and the request by its natural key in the application-service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestReference(String kind, String caseNumber, RequestKey request) {

    /** A request by its natural key, as both the appeals-service and the application-service write it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestKey(String agency, String trackingNumber) {
    }
}
