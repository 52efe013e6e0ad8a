package cn.gov.opendata.disclosure.statistics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * The statistics contract: raw counts for the year, keyed by agency code (DESIGN.md). Documents the answer, which
 * is streamed by {@link cn.gov.opendata.disclosure.statistics.service.DisclosureStatisticsWriter}.
 */
@Schema(name = "DisclosureStatistics")
public record DisclosureStatistics(int year, Map<String, AgencyFigures> agencies) {
}
