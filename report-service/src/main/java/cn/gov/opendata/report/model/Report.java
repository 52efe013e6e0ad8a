package cn.gov.opendata.report.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An assembled annual report, independent of how it is rendered (JSON, HTML, DOCX, XLSX, Markdown).
 * Sections hold the prose (narratives and, in the legacy format, sentences built from figures);
 * tables hold the figures of the national format's tables 二, 三 and 四.
 */
public record Report(
        String agency,
        String agencyName,
        int year,
        ReportFormat format,
        ReportScope scope,
        String title,
        List<Section> sections,
        List<ReportTable> tables,
        List<Check> checks,
        List<SourceInfo> sources,
        ReportSettings settings,
        OffsetDateTime generatedAt) {
}
