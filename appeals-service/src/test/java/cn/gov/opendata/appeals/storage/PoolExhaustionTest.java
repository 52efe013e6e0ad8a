package cn.gov.opendata.appeals.storage;

import cn.gov.opendata.platform.problem.Problem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every JDBC connection of the pool taken (here by the test itself, so the moment is certain): a request that needs
 * the database waits for the acquisition timeout and then answers 503 problem+json with Retry-After, never 500; once
 * connections are free again the same request is served.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.SmallPool.class)
class PoolExhaustionTest {

    /** A pool of two connections that gives up waiting after one second. */
    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noFreeConnectionIsA503WithRetryAfter() throws Exception {
        String path = "/api/v1/complaints/" + agency() + "/JB-1";
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                held.add(dataSource.getConnection());
            }
            given().when().get(path)
                    .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get(path).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
