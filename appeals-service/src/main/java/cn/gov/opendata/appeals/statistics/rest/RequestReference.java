package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.common.rest.RequestRef;

/**
 * A case of the year that names the information request it concerns, by the request's natural key in the
 * application-service. This service does not know whether the request exists (each service owns its records); the
 * report-service asks the application-service and warns about those it cannot find (DESIGN.md, the statistics contract).
 */
public record RequestReference(CaseKind kind, String caseNumber, RequestRef request) {
}
