package cn.gov.opendata.disclosure.storage;

import cn.gov.opendata.platform.storage.PlannerStatistics;

import cn.gov.opendata.disclosure.TestData;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlannerStatisticsTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    PlannerStatistics plannerStatistics;

    @Test
    void aBulkImportIsFollowedByAnAnalyzeOfTheItems() throws Exception {
        plannerStatistics.drain();
        long before = analyzeCount("disclosure_item");
        importItems(PlannerStatistics.MIN_CHANGED_ROWS);
        plannerStatistics.drain();
        assertTrue(analyzeCount("disclosure_item") > before, "disclosure_item analysed after the import");
    }

    @Test
    void aSmallImportLeavesThemToAutovacuum() throws Exception {
        plannerStatistics.drain();
        long before = analyzeCount("disclosure_item");
        importItems(1);
        plannerStatistics.drain();
        assertEquals(before, analyzeCount("disclosure_item"));
    }

    private void importItems(int count) throws Exception {
        String agency = TestData.agency();
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            body.append(mapper.writeValueAsString(TestData.item(agency, agency + "/2018-" + i))).append('\n');
        }
        given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/disclosures/import")
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
