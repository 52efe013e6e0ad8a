package cn.gov.opendata.report.agency.service;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.rest.AgencyLine;
import cn.gov.opendata.report.agency.rest.ImportResult;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.json.NdjsonReader;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.WriteLock;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NDJSON import of the directory: every line is checked (fields, duplicates, unknown parents, cycles — over the
 * stored tree with the batch applied) before anything is written; then all lines are upserted in one transaction.
 */
@ApplicationScoped
public class AgencyImporter {

    @Inject
    NdjsonReader ndjson;

    @Inject
    AgencyDirectory directory;

    @Inject
    AuditLog audit;

    @Transactional
    public ImportResult importLines(InputStream body) {
        WriteLock.hold(Agency.getEntityManager(), AgencyService.TREE_LOCK);
        NdjsonReader.Result<AgencyLine> read = ndjson.read(body, AgencyLine.class, line -> List.of(), AgencyLine::code);
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, AgencyLine> batch = new LinkedHashMap<>();
        for (NdjsonReader.Line<AgencyLine> line : read.lines()) {
            batch.put(line.value().code(), line.value());
            lineOf.put(line.value().code(), line.number());
        }
        List<Violation> violations = new ArrayList<>(read.violations());

        Map<String, String> parents = directory.parents();
        batch.values().forEach(l -> parents.put(l.code(), l.parent()));
        for (AgencyLine line : batch.values()) {
            String field = "line " + lineOf.get(line.code()) + ": parent";
            if (line.parent() == null) {
                continue;
            }
            if (!parents.containsKey(line.parent())) {
                violations.add(new Violation(field, "unknown agency '" + line.parent() + "'"));
            } else if (inCycle(line.code(), parents)) {
                violations.add(new Violation(field, "'" + line.parent() + "' would make a cycle through '" + line.code() + "'"));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> Integer.compare(lineNumber(a), lineNumber(b)));
            throw ApiException.invalid(violations.size() + " bad line(s); nothing was imported", violations);
        }
        return upsert(batch.values());
    }

    private static boolean inCycle(String start, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        String current = start;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    private static int lineNumber(Violation v) {
        String f = v.field();
        int colon = f.indexOf(':');
        try {
            return Integer.parseInt(f.substring(5, colon));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private ImportResult upsert(Iterable<AgencyLine> lines) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (AgencyLine line : lines) {
            Agency agency = Agency.findById(line.code());
            if (agency == null) {
                agency = new Agency();
                agency.code = line.code();
                agency.createdAt = now;
                set(agency, line, now);
                agency.persist();
                created++;
            } else if (agency.sameAs(line.name(), line.kind(), line.parent())) {
                unchanged++;
            } else {
                set(agency, line, now);
                updated++;
            }
        }
        Log.infof("Agency import: %d created, %d updated, %d unchanged", created, updated, unchanged);
        audit.record(AuditAction.IMPORT, "agency", null, null, "created " + created + ", updated "
                + updated + ", unchanged " + unchanged);
        return new ImportResult(created, updated, unchanged);
    }

    private static void set(Agency agency, AgencyLine line, OffsetDateTime now) {
        agency.name = line.name();
        agency.kind = line.kind();
        agency.parentCode = line.parent();
        agency.updatedAt = now;
    }
}
