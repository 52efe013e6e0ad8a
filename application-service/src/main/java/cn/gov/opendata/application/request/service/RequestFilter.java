package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.platform.security.AgencyScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * List filters. The year filters use exactly the definitions of the statistics (DOMAIN.md §3.2), so that each
 * report cell can point at the list of records it counted.
 */
public record RequestFilter(AgencyScope agencies, Integer receivedYear, Integer concludedYear, List<Outcome> outcomes,
                            ApplicantType applicantType, Channel channel, Integer openAtYearEnd,
                            Integer carriedOverInto, RequestStatus status) {

    /** A JPQL condition and its named parameters. */
    public record Where(String jpql, Map<String, Object> params) {
    }

    public Where where() {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // a registration voided as a mistake counts in no figure, so it is in no list either (RequestVoiding)
        clauses.add("voidedOn is null");
        if (!agencies.all()) {
            clauses.add(agencies.agencies().isEmpty() ? "1 = 0" : "agency in :agencies");
            if (!agencies.agencies().isEmpty()) {
                params.put("agencies", agencies.agencies());
            }
        }
        if (receivedYear != null) {
            clauses.add("receivedOn >= :receivedFrom and receivedOn <= :receivedTo");
            params.put("receivedFrom", LocalDate.of(receivedYear, 1, 1));
            params.put("receivedTo", LocalDate.of(receivedYear, 12, 31));
        }
        if (concludedYear != null) {
            clauses.add("receivedOn is not null and concludedOn >= :concludedFrom and concludedOn <= :concludedTo");
            params.put("concludedFrom", LocalDate.of(concludedYear, 1, 1));
            params.put("concludedTo", LocalDate.of(concludedYear, 12, 31));
        }
        if (openAtYearEnd != null) {
            clauses.add("receivedOn <= :openYearEnd and (concludedOn is null or concludedOn > :openYearEnd)");
            params.put("openYearEnd", LocalDate.of(openAtYearEnd, 12, 31));
        }
        if (carriedOverInto != null) {
            clauses.add("receivedOn < :carriedYearStart and (concludedOn is null or concludedOn >= :carriedYearStart)");
            params.put("carriedYearStart", LocalDate.of(carriedOverInto, 1, 1));
        }
        // a report row fed by several outcomes (予以公开 = ALREADY_PUBLIC + DISCLOSED) lists them all
        if (outcomes != null && !outcomes.isEmpty()) {
            clauses.add("outcome in :outcomes");
            params.put("outcomes", outcomes);
        }
        if (applicantType != null) {
            clauses.add("applicantType = :applicantType");
            params.put("applicantType", applicantType);
        }
        if (channel != null) {
            clauses.add("channel = :channel");
            params.put("channel", channel);
        }
        if (status != null) {
            clauses.add("status = :status");
            params.put("status", status);
        }
        return new Where(String.join(" and ", clauses), params);
    }
}
