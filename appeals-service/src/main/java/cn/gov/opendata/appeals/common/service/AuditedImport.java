package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.json.NdjsonReader;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.appeals.common.rest.ImportSummary;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.storage.PlannerStatistics;
import cn.gov.opendata.platform.storage.StagedUpsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The part of an NDJSON import that every case type shares: the caller must be allowed to write every agency in the
 * batch, the batch is upserted in the caller's transaction, each agency's records get one audit entry, and the tables'
 * planner statistics are refreshed once it commits.
 */
@ApplicationScoped
public class AuditedImport {

    private final EntityManager em;
    private final AgencyAccess access;
    private final AuditLog audit;
    private final Event<PlannerStatistics.BulkChange> bulkChanges;

    public AuditedImport(EntityManager em, AgencyAccess access, AuditLog audit, Event<PlannerStatistics.BulkChange> bulkChanges) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.bulkChanges = bulkChanges;
    }

    public <B, E> ImportSummary upsert(String recordType, List<NdjsonReader.Line<B>> lines, Function<B, String> agencyOf,
                                       RecordStore<B, E> store) {
        Map<String, Long> linesPerAgency = lines.stream()
                .collect(Collectors.groupingBy(line -> agencyOf.apply(line.value()), TreeMap::new, Collectors.counting()));
        access.requireWrite(linesPerAgency.keySet());
        ImportSummary summary = store.staged()
                .map(table -> {
                    StagedUpsert.Counts counts = StagedUpsert.run(em, table, lines.stream().map(NdjsonReader.Line::value).toList());
                    return new ImportSummary(counts.created(), counts.updated(), counts.unchanged());
                })
                .orElseGet(() -> BatchUpsert.run(em, lines, store));
        linesPerAgency.forEach((agency, count) -> audit.record(AuditAction.IMPORT, recordType, agency, null,
                count + " of " + lines.size() + " lines; batch created " + summary.created() + ", updated "
                        + summary.updated() + ", unchanged " + summary.unchanged()));
        bulkChanges.fire(new PlannerStatistics.BulkChange((long) summary.created() + summary.updated(), store.tables()));
        return summary;
    }
}
