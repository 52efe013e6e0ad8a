package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.publish.Digests;
import cn.gov.opendata.report.publish.PublishedDocument;
import cn.gov.opendata.report.publish.PublishedReport;
import cn.gov.opendata.platform.outbox.Outbox;
import cn.gov.opendata.platform.storage.WriteLock;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes snapshots (only ever inserts) and reads them back. */
@ApplicationScoped
@Transactional
public class SnapshotStore {

    /** The result of a publication: the revision and whether this request created it. */
    public record Stored(PublishedReport snapshot, List<DocumentMeta> documents, boolean created) {
    }

    /** A revision with its report JSON and the list of its documents. */
    public record Found(PublishedReport snapshot, byte[] json, List<DocumentMeta> documents) {
    }

    public record Listing(List<PublishedReport> items, Map<Long, List<DocumentMeta>> documents, long total) {
    }

    /** Bytes exactly as stored, with the hash recorded when they were stored. */
    public record StoredBytes(byte[] content, String sha256, String title) {
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Stores the next revision. Publications of the same key are serialised by a transaction-scoped advisory lock,
     * so two at once get consecutive revisions instead of a duplicate-key failure. Unless {@code force}, content equal
     * to the latest revision's gives that revision back instead of a new one.
     */
    public Stored store(SnapshotKey key, NewSnapshot snapshot, boolean force) {
        WriteLock.hold(em, key.lockName());
        Optional<PublishedReport> latest = latest(key);
        if (!force && latest.isPresent() && latest.get().contentSha256.equals(snapshot.contentSha256())) {
            return new Stored(latest.get(), documentsOf(List.of(latest.get().id)).getOrDefault(latest.get().id, List.of()), false);
        }
        int revision = latest.map(r -> r.revision + 1).orElse(1);
        if (revision != snapshot.revision()) {
            throw new RevisionTaken(key, snapshot.revision());
        }
        PublishedReport report = new PublishedReport();
        report.agency = key.agency();
        report.year = key.year();
        report.format = key.format();
        report.scope = key.scope();
        report.revision = revision;
        report.agencyName = snapshot.agencyName();
        report.title = snapshot.title();
        report.rounding = snapshot.settings().rounding();
        report.decimals = snapshot.settings().decimals();
        report.publishedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        report.publishedBy = snapshot.publishedBy();
        report.reportJson = snapshot.json();
        report.jsonSha256 = snapshot.jsonSha256();
        report.jsonSize = snapshot.json().length;
        report.contentSha256 = snapshot.contentSha256();
        report.persist();
        List<DocumentMeta> documents = new ArrayList<>();
        for (Map.Entry<DocumentType, byte[]> entry : snapshot.documents().entrySet()) {
            PublishedDocument document = new PublishedDocument();
            document.publishedReportId = report.id;
            document.type = entry.getKey();
            document.mediaType = entry.getKey().mediaType();
            document.content = entry.getValue();
            document.sha256 = Digests.sha256Hex(entry.getValue());
            document.byteSize = entry.getValue().length;
            document.persist();
            documents.add(new DocumentMeta(report.id, document.type, document.mediaType, document.sha256, document.byteSize));
        }
        for (Map.Entry<FrozenLinks.Figure, byte[]> entry : snapshot.contributions().entrySet()) {
            em.createNativeQuery("INSERT INTO published_contribution (published_report_id, table_code, row_code, column_code,"
                            + " contributions_json) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, report.id).setParameter(2, entry.getKey().table()).setParameter(3, entry.getKey().row())
                    .setParameter(4, entry.getKey().column()).setParameter(5, entry.getValue())
                    .executeUpdate();
        }
        outbox.record("report.published", key.agency(), key.agency() + "/" + key.year() + "/" + key.format() + "/" + key.scope() + "/" + report.revision,
                published(report, documents));
        Log.infof("Published %s %d %s %s revision %d (%s)", key.agency(), key.year(), key.format(), key.scope(),
                report.revision, report.jsonSha256);
        return new Stored(report, documents, true);
    }

    /** What subscribers learn of a publication: which report, which revision, and the hashes to check what they fetch. */
    private static Map<String, Object> published(PublishedReport report, List<DocumentMeta> documents) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("agency", report.agency);
        data.put("year", report.year);
        data.put("format", report.format.name());
        data.put("scope", report.scope.name());
        data.put("revision", report.revision);
        data.put("title", report.title);
        data.put("publishedAt", report.publishedAt.toString());
        data.put("jsonSha256", report.jsonSha256);
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        documents.forEach(d -> hashes.put(d.type().name(), d.sha256()));
        data.put("documents", hashes);
        return data;
    }

    /** Another publication of the same report took the revision this one's links were rendered for. */
    public static final class RevisionTaken extends RuntimeException {
        RevisionTaken(SnapshotKey key, int revision) {
            super("revision " + revision + " of " + key + " was published meanwhile");
        }
    }

    /** A published revision's frozen contributions of one figure, as JSON; empty when the revision or figure has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> contributions(SnapshotKey key, int revision, String table, String row, String column) {
        List<?> found = em.createNativeQuery("SELECT c.contributions_json FROM published_contribution c"
                        + " JOIN published_report r ON r.id = c.published_report_id"
                        + " WHERE r.agency_code = ?1 AND r.year = ?2 AND r.format = ?3 AND r.scope = ?4 AND r.revision = ?5"
                        + " AND c.table_code = ?6 AND c.row_code = ?7 AND c.column_code = ?8")
                .setParameter(1, key.agency()).setParameter(2, key.year()).setParameter(3, key.format().name())
                .setParameter(4, key.scope().name()).setParameter(5, revision).setParameter(6, table)
                .setParameter(7, row).setParameter(8, column)
                .getResultList();
        return found.stream().findFirst().map(bytes -> (byte[]) bytes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublishedReport> latest(SnapshotKey key) {
        return PublishedReport.find("agency = ?1 and year = ?2 and format = ?3 and scope = ?4",
                        Sort.descending("revision"), key.agency(), key.year(), key.format(), key.scope())
                .<PublishedReport>firstResultOptional();
    }

    /** A revision ({@code revision} null = the latest) with its JSON read while the session is open. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Found> find(SnapshotKey key, Integer revision) {
        Optional<PublishedReport> found = revision == null ? latest(key)
                : PublishedReport.find("agency = ?1 and year = ?2 and format = ?3 and scope = ?4 and revision = ?5",
                        key.agency(), key.year(), key.format(), key.scope(), revision).firstResultOptional();
        return found.map(r -> new Found(r, r.reportJson, documentsOf(List.of(r.id)).getOrDefault(r.id, List.of())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredBytes> bytes(SnapshotKey key, int revision, DocumentType type) {
        Optional<PublishedReport> found = PublishedReport.find(
                "agency = ?1 and year = ?2 and format = ?3 and scope = ?4 and revision = ?5",
                key.agency(), key.year(), key.format(), key.scope(), revision).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (type == DocumentType.JSON) {
            return Optional.of(new StoredBytes(found.get().reportJson, found.get().jsonSha256, found.get().title));
        }
        return PublishedDocument.find("publishedReportId = ?1 and type = ?2", found.get().id, type)
                .<PublishedDocument>firstResultOptional()
                .map(d -> new StoredBytes(d.content, d.sha256, found.get().title));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing list(String agency, Integer year, ReportFormat format, ReportScope scope, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (agency != null) {
            clauses.add("agency = :agency");
            params.put("agency", agency);
        }
        if (year != null) {
            clauses.add("year = :year");
            params.put("year", year);
        }
        if (format != null) {
            clauses.add("format = :format");
            params.put("format", format);
        }
        if (scope != null) {
            clauses.add("scope = :scope");
            params.put("scope", scope);
        }
        String query = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        Sort sort = Sort.ascending("agency").and("year", Sort.Direction.Descending).and("format").and("scope")
                .and("revision", Sort.Direction.Descending);
        var found = PublishedReport.find(query, sort, params);
        long total = found.count();
        List<PublishedReport> items = found.page(Page.of(page, size)).list();
        return new Listing(items, documentsOf(items.stream().map(r -> r.id).toList()), total);
    }

    private Map<Long, List<DocumentMeta>> documentsOf(List<Long> ids) {
        Map<Long, List<DocumentMeta>> byReport = new HashMap<>();
        if (ids.isEmpty()) {
            return byReport;
        }
        List<DocumentMeta> metas = em.createQuery("""
                        select new cn.gov.opendata.report.publish.service.DocumentMeta(
                            d.publishedReportId, d.type, d.mediaType, d.sha256, d.byteSize)
                        from PublishedDocument d where d.publishedReportId in :ids order by d.id""", DocumentMeta.class)
                .setParameter("ids", ids)
                .getResultList();
        for (DocumentMeta meta : metas) {
            byReport.computeIfAbsent(meta.publishedReportId(), id -> new ArrayList<>()).add(meta);
        }
        return byReport;
    }
}
