package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.report.model.ReportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A report request answered as a document: assembled once, rendered by the renderer of the document type, with its
 * file name. The report resource (content negotiation by Accept) and the document resource (by file suffix) both
 * answer through here, so the same request gives the same document either way.
 */
@ApplicationScoped
public class ReportDocuments {

    private final ReportProvider provider;
    private final DocumentRenderers renderers;

    public ReportDocuments(ReportProvider provider, DocumentRenderers renderers) {
        this.provider = provider;
        this.renderers = renderers;
    }

    public Response respond(ReportRequest request, DocumentType type) {
        Report report = provider.assemble(request.agency(), request.year(), request.format(), request.scope(), request.settings());
        byte[] body = renderers.render(report, type);
        String fileName = DocumentNames.fileName(request.agency(), request.year(), request.format(), request.scope(), null, type);
        return Response.ok(body, type.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentNames.contentDisposition(fileName,
                        DocumentNames.officialName(report.title(), null, type), type))
                .build();
    }
}
