package cn.gov.opendata.application.request.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * Requests in one agency asking for the same thing (same normalised subject): a hint to publish it
 * proactively. {@code subject} is one of the group's wordings; no personal data.
 */
public record SimilarGroup(String agency, String subjectKey, String subject, long count, LocalDate firstReceivedOn,
                           LocalDate lastReceivedOn, List<Long> requestIds) {
}
