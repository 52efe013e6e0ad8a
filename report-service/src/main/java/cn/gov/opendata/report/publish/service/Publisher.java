package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.document.DocumentRenderers;
import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.JsonRenderer;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.report.publish.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a report: assembles it once, renders every document from that one assembly (so they all show the same
 * figures), and stores the lot. Assembly and rendering happen outside the database transaction, which only inserts.
 */
@ApplicationScoped
public class Publisher {

    private static final List<DocumentType> DOCUMENTS = List.of(DocumentType.HTML, DocumentType.DOCX,
            DocumentType.XLSX, DocumentType.PDF, DocumentType.MARKDOWN);

    @Inject
    ReportProvider provider;

    @Inject
    JsonRenderer json;

    @Inject
    DocumentRenderers renderers;

    @Inject
    SnapshotStore store;

    public SnapshotStore.Stored publish(ReportRequest request, String publishedBy, boolean force) {
        SnapshotKey key = new SnapshotKey(request.agency(), request.year(), request.format(), request.scope());
        Report report = provider.assemble(request.agency(), request.year(), request.format(), request.scope(), request.settings());
        String contentSha256 = Digests.sha256Hex(json.content(report));
        if (!force) {
            // Cheap early answer for an unchanged report; the store checks again under its lock.
            Optional<SnapshotStore.Found> latest = store.find(key, null)
                    .filter(found -> found.snapshot().contentSha256.equals(contentSha256));
            if (latest.isPresent()) {
                return new SnapshotStore.Stored(latest.get().snapshot(), latest.get().documents(), false);
            }
        }
        byte[] canonical = json.render(report);
        Map<DocumentType, byte[]> documents = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DOCUMENTS) {
            documents.put(type, renderers.render(report, type));
        }
        NewSnapshot snapshot = new NewSnapshot(report.agencyName(), report.title(),
                report.settings() == null ? request.settings() : report.settings(), blankToNull(publishedBy),
                canonical, Digests.sha256Hex(canonical), contentSha256, documents);
        return store.store(key, snapshot, force);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
