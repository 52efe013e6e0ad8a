package cn.gov.opendata.application.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Folds the changes writers appended to {@code statistics_change} into the statistics generation (V10), on its own
 * committed connection, before a reader reads the generation. Writers no longer bump the generation themselves: its
 * row stayed locked until each commit was on disk, which serialised every registration behind the one before.
 */
@ApplicationScoped
public class StatisticsChanges {

    private final DataSource dataSource;

    public StatisticsChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** After this returns, every change committed before the call is counted in a committed generation. */
    public void fold() {
        try (Connection connection = dataSource.getConnection()) {
            fold(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fold the statistics changes", e);
        }
    }

    /** The same on a connection the caller holds; it must not be inside a longer transaction, or the fold's row lock is held for it. */
    static void fold(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT fold_statistics_changes()");
        }
    }
}
