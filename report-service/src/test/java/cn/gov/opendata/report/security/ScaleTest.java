package cn.gov.opendata.report.security;

import cn.gov.opendata.platform.testing.ScaleContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** The province of 10,000 agencies in the report-service's own directory, which its access checks read directly. */
@QuarkusTest
class ScaleTest extends ScaleContract {

    @Inject
    DataSource dataSource;

    @Override
    protected void putIntoDirectory(Map<String, String> parents) {
        String upsert = """
                INSERT INTO agency (code, name, kind, parent_code, version, created_at, updated_at)
                VALUES (?, ?, 'OTHER', ?, 0, now(), now())
                ON CONFLICT (code) DO UPDATE SET parent_code = EXCLUDED.parent_code, updated_at = now()
                """;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(upsert)) {
            for (Map.Entry<String, String> agency : parents.entrySet()) {
                statement.setString(1, agency.getKey());
                statement.setString(2, "测试机关 " + agency.getKey());
                statement.setString(3, agency.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void removeFromDirectory(Iterable<String> codes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM agency WHERE code = ANY (?)")) {
            java.util.List<String> all = new java.util.ArrayList<>();
            codes.forEach(all::add);
            statement.setArray(1, connection.createArrayOf("varchar", all.toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Duration refreshPeriod() {
        // the report-service reads its own directory: a change is visible at once
        return Duration.ZERO;
    }
}
