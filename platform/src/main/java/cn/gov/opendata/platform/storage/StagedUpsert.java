package cn.gov.opendata.platform.storage;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a whole import by natural key with a few set-based statements in the caller's transaction, instead of one
 * entity at a time: the rows go into a temporary table (10,000 rows a statement, one array per column), then one
 * {@code INSERT … ON CONFLICT (key) DO UPDATE … WHERE} the row differs writes the new and changed rows and leaves the
 * unchanged ones untouched (their version stays). A 60,000-line batch into 60,000 existing rows took longer than the
 * 60 s transaction timeout entity by entity; this way it is seconds (BENCHMARKS.md). Concurrent imports of the same
 * keys meet in ON CONFLICT instead of failing on the unique key.
 *
 * <p>The table must have a bigint {@code id} from {@link Table#sequence()}, a {@code version} column (0 when created,
 * +1 per change, as Hibernate's {@code @Version} counts) and a unique constraint on exactly the key columns. Names
 * come from code, never from input.
 */
public final class StagedUpsert {

    /** Rows per statement filling the temporary table. */
    static final int CHUNK = 10_000;

    /**
     * @param name     the table
     * @param sequence the sequence of its ids (a new row takes one value, which no Hibernate pool can hold)
     * @param keys     the natural key's columns, in the order of the unique constraint
     * @param values   every other column an import writes
     * @param row      a row's values: keys then values, in column order; null for SQL NULL
     */
    public record Table<T>(String name, String sequence, List<String> keys, List<String> values, Function<T, List<Object>> row) {
    }

    /** What the upsert did: rows created, rows changed, rows that already held what the import says. */
    public record Counts(int created, int updated, int unchanged) {
    }

    private StagedUpsert() {
    }

    public static <T> Counts run(EntityManager em, Table<T> table, List<T> rows) {
        em.flush();
        Counts counts = em.unwrap(Session.class).doReturningWork(connection -> run(connection, table, rows));
        // entities loaded earlier in this transaction no longer say what the rows hold
        em.clear();
        return counts;
    }

    static <T> Counts run(Connection connection, Table<T> table, List<T> rows) throws SQLException {
        List<String> columns = new ArrayList<>(table.keys());
        columns.addAll(table.values());
        String stage = "staged_" + table.name();
        try (Statement statement = connection.createStatement()) {
            // pg_temp: never a real table of that name
            statement.execute("DROP TABLE IF EXISTS pg_temp." + stage);
            statement.execute("CREATE TEMP TABLE " + stage + " ON COMMIT DROP AS SELECT " + String.join(", ", columns)
                    + " FROM " + table.name() + " WITH NO DATA");
        }
        fill(connection, stage, columns, columnTypes(connection, table.name(), columns), table.row(), rows);
        return merge(connection, stage, table, rows.size());
    }

    private static <T> void fill(Connection connection, String stage, List<String> columns, Map<String, String> types,
                                 Function<T, List<Object>> row, List<T> rows) throws SQLException {
        // unnest of one typed array per column: a chunk is one statement and one round trip, whatever its size
        String unnest = columns.stream().map(c -> "?::" + types.get(c) + "[]").collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + stage + " (" + String.join(", ", columns) + ") SELECT * FROM unnest(" + unnest + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                String[][] byColumn = new String[columns.size()][chunk.size()];
                for (int r = 0; r < chunk.size(); r++) {
                    List<Object> values = row.apply(chunk.get(r));
                    for (int c = 0; c < columns.size(); c++) {
                        byColumn[c][r] = text(values.get(c));
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    Array array = connection.createArrayOf("text", byColumn[c]);
                    insert.setArray(c + 1, array);
                }
                insert.executeUpdate();
            }
        }
    }

    private static <T> Counts merge(Connection connection, String stage, Table<T> table, int total) throws SQLException {
        String keys = String.join(", ", table.keys());
        String values = String.join(", ", table.values());
        String sameKey = table.keys().stream().map(k -> "e." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String stagedValues = table.values().stream().map(v -> "s." + v).collect(Collectors.joining(", "));
        String set = table.values().stream().map(v -> v + " = EXCLUDED." + v).collect(Collectors.joining(", "));
        String stored = table.values().stream().map(v -> "t." + v).collect(Collectors.joining(", "));
        String sent = table.values().stream().map(v -> "EXCLUDED." + v).collect(Collectors.joining(", "));
        // COALESCE evaluates nextval only for a key not stored yet, so an unchanged re-send takes no ids
        String sql = "WITH written AS (INSERT INTO " + table.name() + " AS t (id, " + keys + ", " + values + ", version)"
                + " SELECT COALESCE((SELECT e.id FROM " + table.name() + " e WHERE " + sameKey + "), nextval('" + table.sequence() + "')), "
                + table.keys().stream().map(k -> "s." + k).collect(Collectors.joining(", ")) + ", " + stagedValues + ", 0"
                + " FROM " + stage + " s"
                + " ON CONFLICT (" + keys + ") DO UPDATE SET " + set + ", version = t.version + 1"
                + " WHERE (" + stored + ") IS DISTINCT FROM (" + sent + ")"
                + " RETURNING xmax = 0 AS created)"
                + " SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM written";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            int created = result.getInt(1);
            int updated = result.getInt(2);
            return new Counts(created, updated, total - created - updated);
        }
    }

    /** The columns' types without length (a value too long fails when it is stored, it is never cut short). */
    private static Map<String, String> columnTypes(Connection connection, String table, List<String> columns) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    types.put(result.getString(1), result.getString(2));
                }
            }
        }
        for (String column : columns) {
            if (!types.containsKey(column)) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
        }
        return types;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
