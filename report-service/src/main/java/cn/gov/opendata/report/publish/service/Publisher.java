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
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    FrozenContributions frozen;

    /** Where readers reach this service: the base of the frozen contributions links. */
    @ConfigProperty(name = "report.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    public SnapshotStore.Stored publish(ReportRequest request, String publishedBy, boolean force) {
        SnapshotKey key = new SnapshotKey(request.agency(), request.year(), request.format(), request.scope());
        Report report = provider.assemble(request.agency(), request.year(), request.format(), request.scope(), request.settings());
        // the content as computed, with its live links: a revision whose figures did not change is the same content
        String contentSha256 = Digests.sha256Hex(json.content(report));
        if (!force) {
            // Cheap early answer for an unchanged report; the store checks again under its lock.
            Optional<SnapshotStore.Found> latest = store.find(key, null)
                    .filter(found -> found.snapshot().contentSha256.equals(contentSha256));
            if (latest.isPresent()) {
                return new SnapshotStore.Stored(latest.get().snapshot(), latest.get().documents(), false);
            }
        }
        String liveBase = trimmed(publicUrl) + "/api/v1/reports/" + report.agency() + "/" + report.year() + "/contributions";
        List<FrozenLinks.Figure> figures = FrozenLinks.figures(report, liveBase);
        Map<FrozenLinks.Figure, byte[]> contributions = frozen.of(report, figures);
        for (int attempt = 1; ; attempt++) {
            // The frozen links name the revision, which the store confirms under its lock; a publication of the same
            // report in between takes it, and this one is rendered again for the next.
            int revision = store.latest(key).map(r -> r.revision + 1).orElse(1);
            Report published = figures.isEmpty() ? report : FrozenLinks.rebase(report, liveBase, trimmed(publicUrl)
                    + "/api/v1/published/" + report.agency() + "/" + report.year() + "/revisions/" + revision + "/contributions");
            byte[] canonical = json.render(published);
            Map<DocumentType, byte[]> documents = new EnumMap<>(DocumentType.class);
            for (DocumentType type : DOCUMENTS) {
                documents.put(type, renderers.render(published, type));
            }
            NewSnapshot snapshot = new NewSnapshot(report.agencyName(), report.title(),
                    report.settings() == null ? request.settings() : report.settings(), blankToNull(publishedBy),
                    canonical, Digests.sha256Hex(canonical), contentSha256, documents, revision, contributions);
            try {
                return store.store(key, snapshot, force);
            } catch (SnapshotStore.RevisionTaken e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
