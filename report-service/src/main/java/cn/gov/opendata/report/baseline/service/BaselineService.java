package cn.gov.opendata.report.baseline.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.security.Caller;
import cn.gov.opendata.platform.storage.WriteLock;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.assembly.SubmittedTables;
import cn.gov.opendata.report.baseline.Baseline;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalLayout;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.ReportScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published figures entered as a year's baseline: checked as the validation API checks a submission (an ERROR refuses
 * them), kept per agency, year and scope, and read by the report of the next year where that year has no records.
 */
@ApplicationScoped
@Transactional
public class BaselineService {

    private static final TypeReference<Map<String, Map<String, Map<String, BigDecimal>>>> TABLES = new TypeReference<>() {
    };

    @Inject
    AgencyService agencies;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** The stored tables are our own JSON: a plain mapper, not the API's, whose hostile-input rules refuse nulls and
     * plain decimals meant for requests. */
    private static final ObjectMapper json = new ObjectMapper();

    public record Saved(Baseline baseline, SubmittedTables submitted, boolean created) {
    }

    public Saved put(String agency, int year, ReportScope scope, String format, Map<String, Map<String, Map<String, Object>>> body) {
        agencies.require(agency);
        SubmittedTables submitted = SubmittedTables.read(year, format, body);
        if (!submitted.valid()) {
            String errors = submitted.checks().stream().filter(c -> c.severity() == Check.Severity.ERROR)
                    .map(c -> c.code() + ": " + c.message()).reduce((a, b) -> a + "; " + b).orElse("");
            throw ApiException.invalid("The published figures fail the checks of their format: " + errors,
                    submitted.checks().stream().filter(c -> c.severity() == Check.Severity.ERROR)
                            .map(c -> new Violation("tables", c.code() + ": " + c.message())).toList());
        }
        // identical PUTs at once: the second waits, then finds the first's baseline
        WriteLock.hold(Baseline.getEntityManager(), "baseline:" + agency + ":" + year + ":" + scope);
        Baseline baseline = Baseline.of(agency, year, scope).orElse(null);
        boolean created = baseline == null;
        if (created) {
            baseline = new Baseline();
            baseline.agencyCode = agency;
            baseline.year = year;
            baseline.scope = scope;
        }
        baseline.format = submitted.format();
        baseline.tables = write(submitted.tables());
        baseline.enteredBy = caller.subject();
        baseline.enteredAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            baseline.persist();
        }
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "baseline", agency, year + "/" + scope, submitted.format().name());
        return new Saved(baseline, submitted, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Baseline> find(String agency, int year, ReportScope scope) {
        return Baseline.of(agency, year, scope);
    }

    public void delete(String agency, int year, ReportScope scope) {
        Baseline baseline = Baseline.of(agency, year, scope)
                .orElseThrow(() -> ApiException.notFound("No baseline of " + agency + " for " + year + " (" + scope + ")"));
        baseline.delete();
        audit.record(AuditAction.DELETE, "baseline", agency, year + "/" + scope, null);
    }

    /** The stored tables as grids. */
    public Map<String, Grid> grids(Baseline baseline) {
        try {
            Map<String, Grid> grids = new LinkedHashMap<>();
            json.readValue(baseline.tables, TABLES).forEach((table, rows) -> grids.put(table, Grid.of(rows)));
            // table 二 is optional in a submission: a missing one has no last-year values
            for (String table : List.of(NationalLayout.TABLE_2, NationalLayout.TABLE_3, NationalLayout.TABLE_4)) {
                grids.putIfAbsent(table, new Grid());
            }
            return grids;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Baseline " + baseline.id + " is not readable", e);
        }
    }

    private String write(Map<String, Grid> tables) {
        Map<String, Map<String, Map<String, BigDecimal>>> out = new LinkedHashMap<>();
        tables.forEach((table, grid) -> out.put(table, grid.rows()));
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
