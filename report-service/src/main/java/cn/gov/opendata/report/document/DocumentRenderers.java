package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/** Finds the renderer for a document type; every type of {@link DocumentType} has exactly one. */
@ApplicationScoped
public class DocumentRenderers {

    private final Map<DocumentType, DocumentRenderer> byType = new EnumMap<>(DocumentType.class);

    @Inject
    public DocumentRenderers(Instance<DocumentRenderer> renderers) {
        for (DocumentRenderer renderer : renderers) {
            if (byType.put(renderer.type(), renderer) != null) {
                throw new IllegalStateException("Two renderers for " + renderer.type());
            }
        }
        for (DocumentType type : DocumentType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No renderer for " + type);
            }
        }
    }

    public byte[] render(Report report, DocumentType type) {
        return byType.get(type).render(report);
    }
}
