package cn.gov.opendata.appeals.storage;

import cn.gov.opendata.platform.storage.PlannerStatistics;

import cn.gov.opendata.appeals.common.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlannerStatisticsTest {

    @Inject
    DataSource dataSource;

    @Inject
    PlannerStatistics plannerStatistics;

    @Test
    void aBulkImportIsFollowedByAnAnalyzeOfItsTables() throws Exception {
        plannerStatistics.drain();
        long before = analyzeCount("reconsideration");
        importReconsiderations(PlannerStatistics.MIN_CHANGED_ROWS);
        plannerStatistics.drain();
        assertTrue(analyzeCount("reconsideration") > before, "reconsideration analysed after the import");
    }

    @Test
    void aSmallImportLeavesThemToAutovacuum() throws Exception {
        plannerStatistics.drain();
        long before = analyzeCount("reconsideration");
        importReconsiderations(1);
        plannerStatistics.drain();
        assertEquals(before, analyzeCount("reconsideration"));
    }

    private static void importReconsiderations(int count) {
        String agency = TestData.agency();
        String body = IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"agency\":\"" + agency + "\",\"caseNumber\":\"PS-" + i + "\",\"filedOn\":\"2018-03-01\"}")
                .collect(Collectors.joining("\n"));
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/reconsiderations/import")
                .then().statusCode(200).body("created", equalTo(count));
    }

    private long analyzeCount(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // a fresh snapshot of the cumulative statistics on every call, not the one cached for the transaction
            sql.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = sql.executeQuery("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = '" + table + "'")) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
