package cn.gov.opendata.platform.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes PostgreSQL's planner statistics (ANALYZE, nothing to do with the yearly statistics) of the tables a bulk
 * import changed, once the import has committed, on a background thread. Queries planned on a table's statistics from
 * before a large import can pick the wrong index: on a table never analysed, the similar-requests count walked every
 * request of the agency on each read, 10× slower (BENCHMARKS.md). Autovacuum does the same, but up to a minute later,
 * and not at all where it is turned off.
 */
@ApplicationScoped
public class PlannerStatistics {

    /** Fewer changed rows leave the statistics to autovacuum (whose own threshold is 50 rows plus 10 %). */
    public static final int MIN_CHANGED_ROWS = 100;

    /** Fired inside the importing transaction; the tables are analysed only if it commits. */
    public record BulkChange(long rows, List<String> tables) {
    }

    private final AgroalDataSource dataSource;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    // one thread: ANALYZEs of one table never run side by side, and an import never waits for one
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "planner-statistics");
        thread.setDaemon(true);
        return thread;
    });

    public PlannerStatistics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkChange change) {
        if (change.rows() < MIN_CHANGED_ROWS) {
            return;
        }
        for (String table : change.tables()) {
            if (queued.add(table)) {
                worker.execute(() -> analyze(table));
            }
        }
    }

    private void analyze(String table) {
        // dequeued first: a commit during the ANALYZE queues the table again
        queued.remove(table);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE " + table);
            Log.debugf("ANALYZE %s after a bulk import: %d ms", table, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            Log.warnf("ANALYZE %s after a bulk import failed (autovacuum will catch up): %s", table, e.getMessage());
        }
    }

    /** Waits until every ANALYZE queued so far has run (tests). */
    public void drain() throws Exception {
        worker.submit(() -> { }).get(1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
