package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Random lifecycles over 2016–2021 imported through the API: the flow identity holds in every year's figures. */
@QuarkusTest
class StatisticsIdentityEndpointTest {

    @Test
    void flowIdentityHoldsThroughTheEndpoint() {
        String agency = Fixtures.agency();
        Random random = new Random(20180101L);
        StringJoiner batch = new StringJoiner("\n");
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 400; i++) {
            LocalDate received = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(6 * 365));
            boolean open = random.nextInt(5) == 0;
            LocalDate concluded = open ? null : received.plusDays(random.nextInt(120));
            batch.add("""
                    {"agency":"%s","trackingNumber":"R-%d","channel":"%s","registeredPost":null,"applicantType":"%s","subject":"s%d","receivedOn":"%s","extended":%s,"dueOn":null,"outcome":%s,"concludedOn":%s,"feeChargedYuan":"0.00"}"""
                    .formatted(agency, i, Channel.values()[random.nextInt(4)], ApplicantType.values()[random.nextInt(6)], i % 37,
                            received, random.nextBoolean(), open ? "null" : "\"" + outcomes[random.nextInt(outcomes.length)] + "\"",
                            open ? "null" : "\"" + concluded + "\""));
        }
        Fixtures.importBatch(batch.toString()).statusCode(Status.OK.getStatusCode()).body("created", equalTo(400));

        for (int year = 2016; year <= 2022; year++) {
            JsonPath figures = given().queryParam("agency", agency)
                    .when().get("/api/v1/statistics/" + year)
                    .then().statusCode(Status.OK.getStatusCode())
                    .extract().jsonPath();
            Map<String, Object> a = figures.getMap("agencies.'" + agency + "'");
            if (a == null) {
                continue;
            }
            for (ApplicantType type : ApplicantType.values()) {
                String t = type.name();
                int received = figures.getInt("agencies.'" + agency + "'.received.byApplicant." + t);
                int over = figures.getInt("agencies.'" + agency + "'.carriedOver.byApplicant." + t);
                int forward = figures.getInt("agencies.'" + agency + "'.carriedForward.byApplicant." + t);
                Map<String, Map<String, Integer>> byOutcome = figures.getMap("agencies.'" + agency + "'.concluded.byOutcome");
                int concluded = byOutcome.values().stream().mapToInt(m -> m.get(t)).sum();
                assertEquals(received + over, concluded + forward, type + " in " + year);
            }
            int timeliness = figures.getInt("agencies.'" + agency + "'.timeliness.onTime")
                    + figures.getInt("agencies.'" + agency + "'.timeliness.afterExtension")
                    + figures.getInt("agencies.'" + agency + "'.timeliness.late");
            Map<String, Map<String, Integer>> byOutcome = figures.getMap("agencies.'" + agency + "'.concluded.byOutcome");
            assertEquals(byOutcome.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum(), timeliness,
                    "every concluded request has a timeliness in " + year);
        }
    }
}
