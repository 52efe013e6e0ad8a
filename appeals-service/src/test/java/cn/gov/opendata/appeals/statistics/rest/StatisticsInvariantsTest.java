package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.platform.testing.StatisticsTables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cached statistics rely on it: every table they read bumps the generation when it changes. */
@QuarkusTest
class StatisticsInvariantsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableTheStatisticsReadBumpsTheGenerationWhenItChanges() throws Exception {
        String fresh = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> read = StatisticsTables.readBy(dataSource, () -> {
            given().queryParam("agency", fresh).when().get("/api/v1/statistics/2023").then().statusCode(Status.OK.getStatusCode());
            given().when().get("/api/v1/statistics/2022").then().statusCode(Status.OK.getStatusCode());
        });
        assertFalse(read.isEmpty(), "the statistics read no table at all?");
        Set<String> bumping = StatisticsTables.bumpingGeneration(dataSource);
        assertTrue(bumping.containsAll(read), "tables read by the statistics without a generation trigger: "
                + read.stream().filter(t -> !bumping.contains(t)).toList());
    }
}
