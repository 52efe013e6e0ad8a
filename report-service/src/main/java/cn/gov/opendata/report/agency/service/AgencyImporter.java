package cn.gov.opendata.report.agency.service;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.rest.AgencyLine;
import cn.gov.opendata.report.agency.rest.ImportResult;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    AgencyDirectory directory;

    @Inject
    AuditLog audit;

    @Transactional
    public ImportResult importLines(InputStream body) {
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, AgencyLine> batch = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        read(body, batch, lineOf, violations);

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

    private void read(InputStream body, Map<String, AgencyLine> batch, Map<String, Integer> lineOf, List<Violation> violations) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String text;
            int n = 0;
            while ((text = reader.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                AgencyLine line = parse(text, n, violations);
                if (line == null) {
                    continue;
                }
                int before = violations.size();
                int lineNo = n;
                validator.validate(line).forEach(v -> violations.add(
                        new Violation("line " + lineNo + ": " + v.getPropertyPath(), v.getMessage())));
                if (violations.size() > before) {
                    continue;
                }
                if (batch.containsKey(line.code())) {
                    violations.add(new Violation("line " + n + ": code",
                            "duplicate of line " + lineOf.get(line.code())));
                    continue;
                }
                batch.put(line.code(), line);
                lineOf.put(line.code(), n);
            }
            if (n == 0) {
                throw ApiException.badRequest("body", "no lines to import");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AgencyLine parse(String text, int n, List<Violation> violations) {
        try {
            return mapper.readValue(text, AgencyLine.class);
        } catch (UnrecognizedPropertyException e) {
            violations.add(new Violation("line " + n + ": " + e.getPropertyName(), "unknown field"));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                    ? "body" : e.getPath().get(0).getFieldName();
            violations.add(new Violation("line " + n + ": " + field, "invalid value: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            violations.add(new Violation("line " + n + ": body", "malformed JSON: " + e.getOriginalMessage()));
        }
        return null;
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
