package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.platform.testing.Contract;
import cn.gov.opendata.platform.testing.StatisticsTables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cached statistics and the report formats rely on, checked against the running schema and the contract. */
@QuarkusTest
class StatisticsInvariantsTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableTheStatisticsReadBumpsTheGenerationWhenItChanges() throws Exception {
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "T-1", "ONLINE", "NATURAL_PERSON", "2023-03-01", "DISCLOSED", "2023-03-08"))
                .statusCode(Status.OK.getStatusCode());
        Set<String> read = StatisticsTables.readBy(dataSource, () -> {
            given().queryParam("agency", agency).when().get("/api/v1/statistics/2023").then().statusCode(Status.OK.getStatusCode());
            given().when().get("/api/v1/statistics/2023").then().statusCode(Status.OK.getStatusCode());
        });
        assertFalse(read.isEmpty(), "the statistics read no table at all?");
        Set<String> bumping = StatisticsTables.bumpingGeneration(dataSource);
        assertTrue(bumping.containsAll(read), "tables read by the statistics without a generation trigger: "
                + read.stream().filter(t -> !bumping.contains(t)).toList());
    }

    /** The report-service maps each code of this list to a row of every format; the list is this enum, in order. */
    @Test
    void theOutcomeCodesAreTheContractsList() throws Exception {
        List<String> contract = new ArrayList<>();
        Contract.golden("outcome-codes").forEach(code -> contract.add(code.asText()));
        assertEquals(contract, Arrays.stream(Outcome.values()).map(Enum::name).toList());
    }
}
