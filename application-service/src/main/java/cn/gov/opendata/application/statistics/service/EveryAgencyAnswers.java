package cn.gov.opendata.application.statistics.service;

import cn.gov.opendata.platform.statistics.StatisticsCache;

import cn.gov.opendata.application.statistics.rest.StatisticsResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statistics answer of every agency for a year, kept as JSON together with where each agency's figures sit in
 * it, so that after a change only the agencies the change touched are recomputed and spliced in: a province is
 * ~10,000 agencies, and recomputing all of them after each registration took most of a second (BENCHMARKS.md).
 * Which agencies changed comes from the database (statistics_agency_generation, V4, folded from the writers'
 * statistics_change rows first, V10), so replicas stay exact; a
 * change to the calendar, a reset database or a large change recomputes everything.
 */
@ApplicationScoped
public class EveryAgencyAnswers {

    /** More changed agencies than this are recomputed as a whole province (and stay within bind-parameter limits). */
    static final int MAX_SPLICED = 1000;
    /** Years kept; each is one copy of its answer. */
    private static final int MAX_YEARS = 4;

    private record Snapshot(String epoch, long generation, long allAgenciesGeneration, List<String> changed) {
    }

    /** The answer, and each agency's figures as [start, end) offsets into it. */
    private record Kept(String epoch, long generation, StatisticsCache.Answer answer, SortedMap<String, int[]> spans) {
    }

    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong spliced = new AtomicLong();
    private final DataSource dataSource;
    private final StatisticsService statistics;
    private final ObjectMapper json;

    public EveryAgencyAnswers(DataSource dataSource, StatisticsService statistics, ObjectMapper json) {
        this.dataSource = dataSource;
        this.statistics = statistics;
        this.json = json;
    }

    public StatisticsCache.Answer answer(int year) {
        Kept before = kept.get(year);
        // read before computing: the answer then reflects at least this generation, never less
        Snapshot now = snapshot(before == null ? Long.MAX_VALUE : before.generation());
        boolean sameDatabase = before != null && before.epoch().equals(now.epoch());
        if (sameDatabase && before.generation() == now.generation()) {
            return before.answer();
        }
        boolean splice = sameDatabase && now.allAgenciesGeneration() <= before.generation() && now.changed().size() <= MAX_SPLICED;
        Map<String, StatisticsResponse.AgencyStatistics> computed = splice && now.changed().isEmpty() ? Map.of()
                : statistics.statistics(year, splice ? now.changed() : List.of()).agencies();
        if (splice) {
            spliced.incrementAndGet();
        }
        Kept after = assemble(year, now, splice ? before : null, splice ? now.changed() : List.of(), computed);
        if (kept.size() >= MAX_YEARS && !kept.containsKey(year)) {
            kept.clear();
        }
        kept.put(year, after);
        return after.answer();
    }

    /** How many answers were made by splicing, not by a whole recomputation (tests). */
    long spliced() {
        return spliced.get();
    }

    /**
     * Writes {"year":…,"agencies":{…}} as Jackson writes {@link StatisticsResponse}, agencies in code order: the
     * computed agencies' figures fresh, every other agency's copied from the answer before.
     */
    private Kept assemble(int year, Snapshot now, Kept before, List<String> changed,
                          Map<String, StatisticsResponse.AgencyStatistics> computed) {
        SortedMap<String, Object> figures = new TreeMap<>();
        if (before != null) {
            before.spans().forEach((agency, span) -> figures.put(agency, span));
            changed.forEach(figures::remove);
        }
        figures.putAll(computed);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(before == null ? 64 * 1024 : before.answer().json().length + 64 * 1024);
            out.writeBytes(("{\"year\":" + year + ",\"agencies\":{").getBytes(StandardCharsets.UTF_8));
            SortedMap<String, int[]> spans = new TreeMap<>();
            boolean first = true;
            for (Map.Entry<String, Object> entry : figures.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.writeBytes(json.writeValueAsBytes(entry.getKey()));
                out.write(':');
                int start = out.size();
                if (entry.getValue() instanceof int[] span) {
                    out.write(before.answer().json(), span[0], span[1] - span[0]);
                } else {
                    out.writeBytes(json.writeValueAsBytes(entry.getValue()));
                }
                spans.put(entry.getKey(), new int[] {start, out.size()});
            }
            out.writeBytes("}}".getBytes(StandardCharsets.UTF_8));
            String etag = StatisticsCache.etag(year, StatisticsCache.generation(now.epoch(), now.generation()), List.of());
            return new Kept(now.epoch(), now.generation(), new StatisticsCache.Answer(out.toByteArray(), etag), spans);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation, and the agencies changed after {@code since}, in one statement (one snapshot). */
    private Snapshot snapshot(long since) {
        try (Connection connection = dataSource.getConnection()) {
            StatisticsChanges.fold(connection);
            return snapshot(connection, since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics generation", e);
        }
    }

    private static Snapshot snapshot(Connection connection, long since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                     SELECT g.epoch::text, g.generation, g.all_agencies_generation,
                            ARRAY(SELECT a.agency FROM statistics_agency_generation a WHERE a.generation > ? ORDER BY 1)
                     FROM statistics_generation g""")) {
            query.setLong(1, since);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("statistics_generation has no row (V3 migration)");
                }
                Array changed = row.getArray(4);
                return new Snapshot(row.getString(1), row.getLong(2), row.getLong(3), Arrays.asList((String[]) changed.getArray()));
            }
        }
    }
}
