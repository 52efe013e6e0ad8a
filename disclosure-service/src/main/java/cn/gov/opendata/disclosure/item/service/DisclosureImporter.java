package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;
import cn.gov.opendata.disclosure.item.rest.ImportResult;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.json.JsonErrors;
import cn.gov.opendata.platform.json.Utf8;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.storage.PlannerStatistics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports an NDJSON batch of items all-or-nothing. The body is streamed: each line is validated and, while valid,
 * copied (COPY … FROM STDIN) into a temporary staging table; a key given twice is noticed by its fingerprint and
 * confirmed in the staging table; only if no line is bad are the items upserted set-based and the touched
 * agency-years recounted — all in one transaction.
 */
@ApplicationScoped
public class DisclosureImporter {

    static final int MAX_LINE_CHARS = 1 << 20;

    private static final String STAGING = """
            CREATE TEMP TABLE import_staging (
                line BIGINT NOT NULL, agency VARCHAR(64) COLLATE "C" NOT NULL, index_number VARCHAR(100) COLLATE "C" NOT NULL,
                title VARCHAR(1000) NOT NULL, document_number VARCHAR(200), category VARCHAR(32) NOT NULL,
                published_at TIMESTAMPTZ NOT NULL, published_on DATE NOT NULL, published_year INTEGER NOT NULL,
                channels INTEGER NOT NULL, url VARCHAR(2000), issued_on DATE, repealed_on DATE
            ) ON COMMIT DROP""";
    private static final String COPY = "COPY import_staging (line, agency, index_number, title, document_number, category, "
            + "published_at, published_on, published_year, channels, url, issued_on, repealed_on) FROM STDIN (FORMAT csv)";
    private static final String AFFECTED = """
            CREATE TEMP TABLE import_affected (
                agency VARCHAR(64) COLLATE "C" NOT NULL, year INTEGER NOT NULL, created BIGINT NOT NULL, updated BIGINT NOT NULL
            ) ON COMMIT DROP""";
    /** Items moving to another year must be recounted in the year they leave too. */
    private static final String MOVED = """
            INSERT INTO import_affected (agency, year, created, updated)
            SELECT DISTINCT i.agency, i.published_year, 0, 0
              FROM disclosure_item i JOIN import_staging s ON s.agency = i.agency AND s.index_number = i.index_number
             WHERE i.published_year <> s.published_year""";
    private static final String UPSERT = """
            WITH written AS (
                INSERT INTO disclosure_item AS d (agency, index_number, title, document_number, category, published_at,
                                                  published_on, published_year, channels, url, issued_on, repealed_on, version)
                SELECT agency, index_number, title, document_number, category, published_at,
                       published_on, published_year, channels, url, issued_on, repealed_on, 0
                  FROM import_staging
                 ORDER BY agency, index_number -- key order: each index page is visited once, not at random
                ON CONFLICT (agency, index_number) DO UPDATE
                   SET title = EXCLUDED.title, document_number = EXCLUDED.document_number, category = EXCLUDED.category,
                       published_at = EXCLUDED.published_at, published_on = EXCLUDED.published_on,
                       published_year = EXCLUDED.published_year, channels = EXCLUDED.channels, url = EXCLUDED.url,
                       issued_on = EXCLUDED.issued_on, repealed_on = EXCLUDED.repealed_on, version = d.version + 1
                 WHERE (d.title, d.document_number, d.category, d.published_at, d.channels, d.url, d.issued_on, d.repealed_on)
                       IS DISTINCT FROM
                       (EXCLUDED.title, EXCLUDED.document_number, EXCLUDED.category, EXCLUDED.published_at,
                        EXCLUDED.channels, EXCLUDED.url, EXCLUDED.issued_on, EXCLUDED.repealed_on)
                RETURNING d.agency, d.published_year, (d.xmax = 0) AS created
            )
            INSERT INTO import_affected (agency, year, created, updated)
            SELECT agency, published_year, count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created)
              FROM written GROUP BY agency, published_year""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    ItemFigures figures;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<PlannerStatistics.BulkChange> bulkChanges;

    private ObjectReader lineReader;

    @PostConstruct
    void init() {
        lineReader = mapper.readerFor(DisclosureItemBody.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public ImportResult importLines(InputStream body) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET LOCAL work_mem = '64MB'");
                sql.execute(STAGING);
            }
            LineReport report = new LineReport();
            long staged = stage(connection, body, report);
            Log.debugf("Import: %d lines read and staged after %d ms", report.lines, (System.nanoTime() - started) / 1_000_000);
            if (report.badLines == 0 && staged > 0) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("ANALYZE import_staging");
                }
            }
            if (report.maybeDuplicates) {
                reportDuplicates(connection, report);
                Log.debugf("Import: duplicates checked after %d ms", (System.nanoTime() - started) / 1_000_000);
            }
            if (report.badLines > 0) {
                String listed = report.capped ? " (the first "
                        + LineReport.MAX_LISTED_VIOLATIONS + " problems are listed)" : "";
                throw ApiException.invalid(report.badLines + " of " + report.lines + " lines are invalid; nothing was imported"
                        + listed, report.violations);
            }
            if (staged == 0) {
                return new ImportResult(0, 0, 0);
            }
            Map<String, Long> linesPerAgency = linesPerAgency(connection);
            access.requireWrite(linesPerAgency.keySet());
            ImportResult result = upsert(connection, staged, started);
            String batch = "; batch created " + result.created() + ", updated " + result.updated() + ", unchanged " + result.unchanged();
            linesPerAgency.forEach((agency, count) -> audit.record(AuditAction.IMPORT, "disclosure", agency, null,
                    count + " of " + staged + " lines" + batch));
            Log.infof("Imported %d disclosure items (%d created, %d updated, %d unchanged) in %d ms", staged,
                    result.created(), result.updated(), result.unchanged(), (System.nanoTime() - started) / 1_000_000);
            bulkChanges.fire(new PlannerStatistics.BulkChange((long) result.created() + result.updated(),
                    List.of("disclosure_item", "item_year_figures")));
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        }
    }

    /** The staged lines per agency, for the access check and the audit log (one row per agency, not per line). */
    private static Map<String, Long> linesPerAgency(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT agency, count(*) FROM import_staging GROUP BY agency")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private long stage(Connection connection, InputStream body, LineReport report) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        PGCopyOutputStream copy = new PGCopyOutputStream(pg, COPY, 1 << 16);
        long staged = 0;
        KeyFingerprints keys = new KeyFingerprints();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            NdjsonLines lines = new NdjsonLines(Utf8.reader(body), MAX_LINE_CHARS);
            StringBuilder row = new StringBuilder(512);
            String line;
            long number = 0;
            while ((line = lines.next()) != null) {
                number++;
                if (line != NdjsonLines.TOO_LONG && line.isBlank()) {
                    continue;
                }
                report.lines++;
                DisclosureItemBody item = parse(line, number, report);
                if (item != null && valid(item, number, report)) {
                    if (!keys.add(item.agency(), item.indexNumber())) {
                        report.maybeDuplicates = true;
                    }
                    row.setLength(0);
                    CsvRow.append(row, number, item);
                    out.append(row);
                    staged++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import body failed", e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return staged;
    }

    private DisclosureItemBody parse(String line, long number, LineReport report) {
        if (line == NdjsonLines.TOO_LONG) {
            report.bad(number, List.of(new Violation("body", "line is longer than " + MAX_LINE_CHARS + " characters")));
            return null;
        }
        try {
            DisclosureItemBody item = lineReader.readValue(line);
            if (item == null) {
                report.bad(number, List.of(new Violation("body", "must be a JSON object")));
            }
            return item;
        } catch (JsonProcessingException e) {
            report.bad(number, List.of(JsonErrors.violation(e)));
            return null;
        }
    }

    private boolean valid(DisclosureItemBody item, long number, LineReport report) {
        List<Violation> violations = ItemRules.checkKeyPresent(item);
        violations.addAll(ItemRules.checkFields(item));
        violations.addAll(ItemRules.check(item));
        if (violations.isEmpty()) {
            return true;
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        report.bad(number, violations);
        return false;
    }

    private void reportDuplicates(Connection connection, LineReport report) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet duplicates = sql.executeQuery("""
                     SELECT line, first_line FROM (
                         SELECT line, min(line) OVER (PARTITION BY agency, index_number) AS first_line,
                                count(*) OVER (PARTITION BY agency, index_number) AS lines
                           FROM import_staging) keyed
                      WHERE lines > 1 AND line <> first_line
                      ORDER BY line""")) {
            List<long[]> found = new ArrayList<>();
            while (duplicates.next()) {
                found.add(new long[] {duplicates.getLong(1), duplicates.getLong(2)});
            }
            for (long[] duplicate : found) {
                report.bad(duplicate[0], List.of(new Violation("indexNumber",
                        "the same agency and indexNumber as line " + duplicate[1])));
            }
            if (!found.isEmpty()) {
                report.violations.sort(Comparator.comparingLong(LineReport::lineOf));
            }
        }
    }

    private ImportResult upsert(Connection connection, long staged, long started) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(AFFECTED);
            sql.executeUpdate(MOVED);
            Log.debugf("Import: moved items found after %d ms", (System.nanoTime() - started) / 1_000_000);
            sql.executeUpdate(UPSERT);
            Log.debugf("Import: items upserted after %d ms", (System.nanoTime() - started) / 1_000_000);
            long created;
            long updated;
            try (ResultSet counts = sql.executeQuery("SELECT coalesce(sum(created), 0), coalesce(sum(updated), 0) FROM import_affected")) {
                counts.next();
                created = counts.getLong(1);
                updated = counts.getLong(2);
            }
            if (created + updated > 0) {
                figures.recount(connection, "import_affected");
                Log.debugf("Import: figures recounted after %d ms", (System.nanoTime() - started) / 1_000_000);
            }
            return new ImportResult(created, updated, staged - created - updated);
        }
    }
}
