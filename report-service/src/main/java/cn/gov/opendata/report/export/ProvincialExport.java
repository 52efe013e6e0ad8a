package cn.gov.opendata.report.export;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every agency's own figures for a year (SELF scope, raw summed counts, no percentages), sorted by code; the
 * format is documented in docs/EXPORT.md and stays stable. {@code unknownAgencies} lists codes the sources report
 * that the directory does not know (their figures are not exported).
 */
public record ProvincialExport(int year, OffsetDateTime generatedAt, List<AgencyFigures> agencies, List<String> unknownAgencies) {
}
