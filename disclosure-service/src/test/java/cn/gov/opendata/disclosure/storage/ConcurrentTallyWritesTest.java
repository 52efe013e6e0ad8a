package cn.gov.opendata.disclosure.storage;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twenty clients writing the same tally and the same item at once: never a 500, one record each. */
@QuarkusTest
class ConcurrentTallyWritesTest {

    @Test
    void identicalTalliesWrittenAtOnceMakeOneValue() throws Exception {
        String agency = TestData.agency();
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(Map.of("value", "1200"))
                .when().put("/api/v1/tallies/" + agency + "/2024/LICENSING_DECISIONS").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.CREATED.getStatusCode() || s == Status.OK.getStatusCode()),
                "every identical write is 201 or 200: " + statuses);
        given().when().get("/api/v1/tallies/" + agency + "/2024")
                .then().statusCode(Status.OK.getStatusCode()).body("values.LICENSING_DECISIONS", equalTo("1200"))
                .body("values.size()", equalTo(1));
    }

    @Test
    void identicalItemsWrittenAtOnceMakeOneItem() throws Exception {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "RACE-1");
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(item)
                .when().put("/api/v1/disclosures/" + agency + "/RACE-1").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == Status.CREATED.getStatusCode() || s == Status.OK.getStatusCode()),
                "every identical write is 201 or 200: " + statuses);
        given().queryParam("agency", agency).when().get("/api/v1/disclosures")
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
    }
}
