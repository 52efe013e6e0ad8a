package cn.gov.opendata.report.client;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report is never assembled from partial figures: a failing source is a 503 that names it. */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class SourceFailureTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private static String agency() {
        String code = Stubs.code("t-src");
        Directory.put(code, "来源局", "DEPARTMENT", null);
        return code;
    }

    private static int requests(String source, int year) {
        return WireMockSources.server().findAll(getRequestedFor(urlPathEqualTo("/" + source + "/api/v1/statistics/" + year))).size();
    }

    @Test
    void slowSourceIsUnavailableNamingIt() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.slow("application", year, 8000);
        long start = System.nanoTime();
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("application-service unavailable"))
                .body("detail", containsString("application-service unavailable: no answer in time"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 7900, "the timeout, not the slow answer, decides: " + millis + " ms");
    }

    @Test
    void serverErrorIsRetriedOnceThenUnavailable() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.status("appeals", year, Status.INTERNAL_SERVER_ERROR.getStatusCode());
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                .body("title", equalTo("appeals-service unavailable"))
                .body("detail", containsString("HTTP 500"));
        assertEquals(2, requests("appeals", year));
    }

    @Test
    void aSourceRefusingTheRequestIsNotRetriedAndNotCalledAnOutage() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.status("disclosure", year, Status.BAD_REQUEST.getStatusCode());
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("detail", containsString("disclosure-service refused the request"));
        assertEquals(1, requests("disclosure", year));
    }

    @Test
    void aSourceRefusingTheReportServicesCredentialsIsABadGatewayNamingIt() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.status("appeals", year, Status.FORBIDDEN.getStatusCode());
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.BAD_GATEWAY.getStatusCode())
                .body("detail", containsString("appeals-service refused the report-service's call with HTTP 403"));
        assertEquals(1, requests("appeals", year));
    }

    @Test
    void aYearOutsideThePlatformsPolicyIsRefusedBeforeAnySourceIsAsked() {
        given().when().get("/api/v1/reports/" + agency() + "/2150?scope=SELF")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("year"))
                .body("detail", containsString("2000 to 2100"));
        assertEquals(0, requests("application", 2150));
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndStopsCalling() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.status("disclosure", year, Status.SERVICE_UNAVAILABLE.getStatusCode());
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/reports/" + agency + "/" + year)
                    .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                    .body("title", equalTo("disclosure-service unavailable"));
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("disclosure-statistics"));
        int before = requests("disclosure", year);
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                .body("detail", containsString("disclosure-service unavailable: circuit breaker open"));
        assertEquals(before, requests("disclosure", year));
    }

    @Test
    void unknownFieldsAndMissingMapsInAnswersAreTolerated() {
        String agency = agency();
        int year = Stubs.uniqueYear();
        Stubs.statistics("appeals", year, Map.of(agency, Map.of("complaints", 3, "futureField", Map.of("x", 1))));
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.OK.getStatusCode())
                .body("tables.find { it.code == 'TABLE_4' }.rows[0].cells[0].text", equalTo("0"));
    }
}
