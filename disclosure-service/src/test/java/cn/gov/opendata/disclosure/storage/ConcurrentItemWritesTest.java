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
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Twenty clients PUTting the same disclosure item at once, against the real database: identical bodies all succeed
 * (one 201, the others 200 with the same content), different bodies leave one winner and answer the rest 409 — never
 * 400 (they sent a valid item) and never 500.
 */
@QuarkusTest
class ConcurrentItemWritesTest {

    private static final String ITEMS = "/api/v1/disclosures/";

    @Test
    void identicalPutsAtOnceAllSucceedWithOneItem() throws Exception {
        String agency = TestData.agency();
        String token = Tokens.admin();
        Map<String, Object> item = TestData.item(agency, "C-1");
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(item).when().put(ITEMS + agency + "/C-1").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "one creates: " + statuses);
        assertEquals(ConcurrentCalls.THREADS - 1, statuses.stream().filter(s -> s == Status.OK.getStatusCode()).count(),
                "the others find what they sent: " + statuses);
        given().when().get(ITEMS + agency + "/C-1").then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(0));
        given().queryParam("agency", agency).when().get(ITEMS).then().body("total", equalTo(1));
    }

    @Test
    void differentPutsAtOnceLeaveOneWinnerAndConflicts() throws Exception {
        String agency = TestData.agency();
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> {
            Map<String, Object> item = TestData.item(agency, "C-2");
            item.put("title", "writer " + i);
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(item)
                    .when().put(ITEMS + agency + "/C-2").statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), "one creates: " + statuses);
        assertEquals(ConcurrentCalls.THREADS - 1, statuses.stream().filter(s -> s == Status.CONFLICT.getStatusCode()).count(),
                "the others conflict: " + statuses);
        given().when().get(ITEMS + agency + "/C-2").then().body("title", startsWith("writer ")).body("version", equalTo(0));
    }

    @Test
    void replacementsOfOneVersionAtOnceLeaveOneWinner() throws Exception {
        String agency = TestData.agency();
        String token = Tokens.admin();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(TestData.item(agency, "C-3"))
                .when().put(ITEMS + agency + "/C-3").then().statusCode(Status.CREATED.getStatusCode());
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> {
            Map<String, Object> item = TestData.item(agency, "C-3");
            item.put("title", "editor " + i);
            item.put("version", 0);
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(item)
                    .when().put(ITEMS + agency + "/C-3").statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == Status.OK.getStatusCode()).count(), "one replaces: " + statuses);
        assertEquals(ConcurrentCalls.THREADS - 1, statuses.stream().filter(s -> s == Status.CONFLICT.getStatusCode()).count(),
                "the others hold a stale version: " + statuses);
        given().when().get(ITEMS + agency + "/C-3").then().body("title", startsWith("editor ")).body("version", equalTo(1));
    }
}
