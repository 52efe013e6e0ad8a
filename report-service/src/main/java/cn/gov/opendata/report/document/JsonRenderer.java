package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.SourceInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as canonical JSON: properties sorted by name, no whitespace, UTF-8 — the same report always gives the
 * same bytes, so a SHA-256 of them identifies its content.
 */
@ApplicationScoped
public class JsonRenderer implements DocumentRenderer {

    private final ObjectMapper canonical;

    @Inject
    public JsonRenderer(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
        copy.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        copy.configure(SerializationFeature.INDENT_OUTPUT, false);
        copy.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        this.canonical = copy;
    }

    @Override
    public DocumentType type() {
        return DocumentType.JSON;
    }

    @Override
    public byte[] render(Report report) {
        try {
            return canonical.writeValueAsString(report).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the report as JSON", e);
        }
    }

    /**
     * The canonical JSON of what a report says, without when it was generated or how long the sources took to answer:
     * two assemblies of unchanged records give the same content bytes.
     */
    public byte[] content(Report report) {
        List<SourceInfo> sources = report.sources() == null ? null : report.sources().stream()
                .map(s -> new SourceInfo(s.name(), s.url(), s.provided(), 0))
                .toList();
        return render(new Report(report.agency(), report.agencyName(), report.year(), report.format(), report.scope(),
                report.title(), report.sections(), report.tables(), report.checks(), sources, report.settings(), null));
    }
}
