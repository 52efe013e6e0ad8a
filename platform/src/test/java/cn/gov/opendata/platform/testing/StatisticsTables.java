package cn.gov.opendata.platform.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The invariant behind every cached statistics answer (platform's StatisticsCache): each table the statistics read has
 * a trigger that bumps {@code statistics_generation}, or a change to it would leave a stale answer cached. Which tables
 * a statistics call reads is measured, not listed: PostgreSQL's own scan counters before and after the call.
 */
public final class StatisticsTables {

    /** The cache's own bookkeeping, which a statistics call reads to decide whether what it holds is still good. */
    public static final Set<String> BOOKKEEPING = Set.of("statistics_generation", "statistics_agency_generation",
            // the changes writers append and a statistics read folds into the generation (application-service V10)
            "statistics_change",
            // the audit log is appended to (its chain read) by the access layer around the call, never read for figures
            "audit_entry",
            // the transactional outbox: written (its subscriptions read) by the writes around the call, never read for figures
            "outbox_subscription", "outbox_event", "outbox_delivery", "outbox_attempt");

    private StatisticsTables() {
    }

    /** Tables whose scan counters moved while {@code call} ran (PostgreSQL reports them within seconds). */
    public static Set<String> readBy(DataSource dataSource, Runnable call) throws Exception {
        // PostgreSQL flushes another backend's counters only when it goes idle: a call whose counters were not flushed
        // within the wait is measured again rather than taken to have read nothing
        Set<String> read = Set.of();
        for (int attempt = 0; attempt < 3 && read.isEmpty(); attempt++) {
            read = measure(dataSource, call);
        }
        return read;
    }

    private static Set<String> measure(DataSource dataSource, Runnable call) throws Exception {
        // scans of earlier work are reported when its connections go idle, about a second later: let them settle first
        Map<String, Long> before = settled(dataSource);
        call.run();
        Set<String> read = new TreeSet<>();
        long deadline = System.nanoTime() + 25_000_000_000L;
        Map<String, Long> after = scans(dataSource);
        // counters of other backends are flushed when those go idle, up to ~10 s later: wait until a table other than
        // the bookkeeping has moved and the counters stop moving
        while (System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            Map<String, Long> again = scans(dataSource);
            if (again.equals(after) && !moved(withoutBookkeeping(before), withoutBookkeeping(after)).isEmpty()) {
                break;
            }
            after = again;
        }
        read.addAll(moved(before, after));
        read.removeAll(BOOKKEEPING);
        return read;
    }

    /** Tables with a trigger that bumps the generation (bump_statistics_generation() or a per-agency variant). */
    public static Set<String> bumpingGeneration(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("""
                     SELECT DISTINCT cl.relname FROM pg_trigger t
                       JOIN pg_class cl ON cl.oid = t.tgrelid
                       JOIN pg_proc p ON p.oid = t.tgfoid
                      WHERE p.proname LIKE 'bump%statistics_generation' AND NOT t.tgisinternal""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Waits until no table but the bookkeeping has been scanned for 12 s. An idle backend reports its scans up to 10 s
     * late (PostgreSQL's PGSTAT_IDLE_INTERVAL): a service that has just started still reports its migrations' and
     * start-up work's (letter, letter_counter, letter_setting in the application-service) that long after.
     */
    private static Map<String, Long> settled(DataSource dataSource) throws Exception {
        Map<String, Long> last = scans(dataSource);
        for (int quiet = 0, polls = 0; quiet < 8 && polls < 40; polls++) {
            Thread.sleep(1_500);
            Map<String, Long> now = scans(dataSource);
            quiet = withoutBookkeeping(now).equals(withoutBookkeeping(last)) ? quiet + 1 : 0;
            last = now;
        }
        return last;
    }

    private static Map<String, Long> withoutBookkeeping(Map<String, Long> scans) {
        Map<String, Long> rest = new TreeMap<>(scans);
        rest.keySet().removeAll(BOOKKEEPING);
        return rest;
    }

    private static Set<String> moved(Map<String, Long> before, Map<String, Long> after) {
        Set<String> moved = new TreeSet<>();
        after.forEach((table, count) -> {
            if (count > before.getOrDefault(table, 0L)) {
                moved.add(table);
            }
        });
        return moved;
    }

    private static Map<String, Long> scans(DataSource dataSource) throws SQLException {
        Map<String, Long> scans = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables")) {
            while (rows.next()) {
                scans.put(rows.getString(1), rows.getLong(2));
            }
        }
        return scans;
    }
}
