package cn.gov.opendata.appeals.storage;

import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.complaint;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twenty clients writing the same case at once: each gets 201 or 200, never a 500, and one record exists. */
@QuarkusTest
class ConcurrentCaseWritesTest {

    @Test
    void identicalComplaintsWrittenAtOnceMakeOneRecord() throws Exception {
        String agency = agency();
        assertOneRecord("/api/v1/complaints", "/api/v1/complaints/" + agency + "/JB-RACE", agency,
                complaint(agency, "JB-RACE", "2018-06-01"));
    }

    @Test
    void identicalReconsiderationsWrittenAtOnceMakeOneRecord() throws Exception {
        String agency = agency();
        assertOneRecord("/api/v1/reconsiderations", "/api/v1/reconsiderations/" + agency + "/FY-RACE", agency,
                reconsideration(agency, "FY-RACE", "2018-06-01", null, null));
    }

    @Test
    void identicalLawsuitsWrittenAtOnceMakeOneRecord() throws Exception {
        String agency = agency();
        assertOneRecord("/api/v1/lawsuits", "/api/v1/lawsuits/" + agency + "/SS-RACE", agency,
                lawsuit(agency, "SS-RACE", "DIRECT", "2018-06-01", null, null));
    }

    private static void assertOneRecord(String list, String key, String agency, Map<String, Object> body) throws Exception {
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i ->
                given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(key).statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.CREATED.getStatusCode() || s == Status.OK.getStatusCode()),
                "every identical write is 201 or 200: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "exactly one created: " + statuses);
        given().queryParam("agency", agency).when().get(list)
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
    }
}
