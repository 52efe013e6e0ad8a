package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.publish.PublishedReport;
import cn.gov.opendata.report.publish.service.DocumentMeta;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A published revision without its content. {@code sha256} is the SHA-256 of the report JSON exactly as served
 * (the {@code .json} document); {@code contentSha256} ignores generation time and source timings, and is what
 * publishing compares to decide whether anything changed.
 */
public record SnapshotView(
        String agency,
        String agencyName,
        int year,
        ReportFormat format,
        ReportScope scope,
        int revision,
        String title,
        ReportSettings.Rounding rounding,
        int decimals,
        OffsetDateTime publishedAt,
        String publishedBy,
        String sha256,
        String contentSha256,
        List<DocumentView> documents) {

    static SnapshotView of(PublishedReport report, List<DocumentMeta> documents) {
        String base = "/api/v1/published/" + report.agency + "/" + report.year + "/revisions/" + report.revision;
        String query = "?format=" + report.format + "&scope=" + report.scope;
        List<DocumentView> views = new ArrayList<>();
        views.add(new DocumentView(DocumentType.JSON, DocumentType.JSON.mediaType(), report.jsonSize, report.jsonSha256,
                base + "." + DocumentType.JSON.extension() + query));
        for (DocumentMeta meta : documents) {
            views.add(new DocumentView(meta.type(), meta.mediaType(), meta.size(), meta.sha256(),
                    base + "." + meta.type().extension() + query));
        }
        return new SnapshotView(report.agency, report.agencyName, report.year, report.format, report.scope,
                report.revision, report.title, report.rounding, report.decimals, report.publishedAt, report.publishedBy,
                report.jsonSha256, report.contentSha256, List.copyOf(views));
    }
}
