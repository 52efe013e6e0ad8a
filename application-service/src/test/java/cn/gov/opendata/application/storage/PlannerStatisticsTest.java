package cn.gov.opendata.application.storage;

import cn.gov.opendata.platform.storage.PlannerStatistics;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
    void aSmallImportLeavesThemToAutovacuum() throws Exception {
        plannerStatistics.drain();
        long before = analyzeCount("information_request");
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "PS-1", "ONLINE", "NATURAL_PERSON", "2019-03-04", null, null))
                .statusCode(200).body("created", equalTo(1));
        plannerStatistics.drain();
        assertEquals(before, analyzeCount("information_request"));
    }

    @Test
    void aBulkImportIsFollowedByAnAnalyzeOfTheTablesItFilled() throws Exception {
        plannerStatistics.drain();
        long requestsBefore = analyzeCount("information_request");
        long eventsBefore = analyzeCount("request_event");
        String agency = Fixtures.agency();
        String batch = IntStream.rangeClosed(1, PlannerStatistics.MIN_CHANGED_ROWS)
                .mapToObj(i -> Fixtures.importLine(agency, "PS-" + i, "ONLINE", "NATURAL_PERSON", "2019-03-04", null, null))
                .collect(Collectors.joining("\n"));
        Fixtures.importBatch(batch).statusCode(200).body("created", equalTo(PlannerStatistics.MIN_CHANGED_ROWS));

        plannerStatistics.drain();
        assertTrue(analyzeCount("information_request") > requestsBefore, "information_request analysed after the import");
        assertTrue(analyzeCount("request_event") > eventsBefore, "request_event analysed after the import");
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
