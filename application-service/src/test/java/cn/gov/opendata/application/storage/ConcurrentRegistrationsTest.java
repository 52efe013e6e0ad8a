package cn.gov.opendata.application.storage;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twenty clients registering the same request at once: 201 once, 200 for the rest, never a 500, one record. */
@QuarkusTest
class ConcurrentRegistrationsTest {

    @Test
    void identicalRegistrationsAtOnceMakeOneRequest() throws Exception {
        String agency = Fixtures.agency();
        String body = Fixtures.registration(agency, "RACE-1", "IN_PERSON", false, "NATURAL_PERSON",
                "2018-03-01T10:00:00+08:00", "并发登记");
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/requests").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.CREATED.getStatusCode() || s == Status.OK.getStatusCode()),
                "every identical registration is 201 or 200: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "one created: " + statuses);
        given().queryParam("agency", agency).when().get("/api/v1/requests")
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
    }

    @Test
    void differentRegistrationsOfOneTrackingNumberAtOnceAreOneCreatedTheRestConflicts() throws Exception {
        String agency = Fixtures.agency();
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(agency, "RACE-2", "IN_PERSON", false, "NATURAL_PERSON",
                        "2018-03-01T10:00:00+08:00", "主题 " + i))
                .when().post("/api/v1/requests").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "one created: " + statuses);
        assertEquals(ConcurrentCalls.THREADS - 1, statuses.stream().filter(s -> s == Status.CONFLICT.getStatusCode()).count(),
                "the others conflict: " + statuses);
    }

    @Test
    void identicalLetterSettingsWrittenAtOnceAreAllAnswered200() throws Exception {
        String agency = Fixtures.agency();
        String token = Tokens.clerk(agency);
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"agencyName\":\"并发县人民政府\",\"numberPattern\":\"并政依申〔{year}〕{seq}号\"}")
                .when().put("/api/v1/letter-settings/" + agency).statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.OK.getStatusCode()), "every identical write is 200: " + statuses);
        given().auth().oauth2(token).when().get("/api/v1/letter-settings/" + agency).then().statusCode(Status.OK.getStatusCode())
                .body("agencyName", equalTo("并发县人民政府"));
    }

    @Test
    void identicalCalendarYearsWrittenAtOnceMakeOneRecord() throws Exception {
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"holidays\":[\"2044-01-01\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2044").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.CREATED.getStatusCode() || s == Status.OK.getStatusCode()),
                "every identical write is 201 or 200: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "one created: " + statuses);
    }
}
