package cn.gov.opendata.report.storage;

import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients writing the same record at once, and two moves that would make a cycle together, against PostgreSQL. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int OK = Status.OK.getStatusCode();
    private static final int CREATED = Status.CREATED.getStatusCode();

    @Test
    void identicalAgenciesWrittenAtOnceMakeOneRecord() throws Exception {
        String code = Stubs.code("t-race");
        String token = Tokens.admin();
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(Map.of("name", "并发局", "kind", "DEPARTMENT"))
                .when().put("/api/v1/agencies/" + code).statusCode());
        assertOnlyCreatedOrOk(statuses);
        given().queryParam("q", code).when().get("/api/v1/agencies").then().statusCode(OK).body("total", equalTo(1));
    }

    @Test
    void identicalNarrativesAndFiguresWrittenAtOnceMakeOneRecord() throws Exception {
        String agency = Stubs.code("t-race");
        Directory.put(agency, "并发市人民政府", "GOVERNMENT", null);
        String token = Tokens.admin();
        assertOnlyCreatedOrOk(ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(Map.of("text", "概述。"))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW").statusCode()));
        given().when().get("/api/v1/narratives/" + agency + "/2024").then().statusCode(OK).body("items", hasSize(1));
        Map<String, Object> figures = Map.of("figures", List.of(Map.of("key", "HOTLINE_CALLS", "label", "热线", "value", "12")));
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(figures)
                .when().put("/api/v1/supplementary/" + agency + "/2024").statusCode());
        assertOnlyCreatedOrOk(statuses);
        given().when().get("/api/v1/supplementary/" + agency + "/2024").then().statusCode(OK).body("figures", hasSize(1));
    }

    @Test
    void identicalBaselinesWrittenAtOnceMakeOneRecord() throws Exception {
        String agency = Stubs.code("t-race");
        Directory.put(agency, "并发县人民政府", "COUNTY", null);
        String token = Tokens.admin();
        Map<String, Object> body = Map.of("format", "NATIONAL_2021", "tables", cn.gov.opendata.report.format.Submissions.json());
        assertOnlyCreatedOrOk(ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/baselines/" + agency + "/2024?scope=SELF").statusCode()));
        given().when().get("/api/v1/baselines/" + agency + "/2024?scope=SELF").then().statusCode(OK);
    }

    @Test
    void twoMovesThatTogetherMakeACycleNeverBothSucceed() throws Exception {
        String token = Tokens.admin();
        for (int round = 0; round < 5; round++) {
            String a = Stubs.code("t-cyc");
            String b = Stubs.code("t-cyc");
            Directory.put(a, "甲", "DEPARTMENT", null);
            Directory.put(b, "乙", "DEPARTMENT", null);
            List<Integer> statuses = ConcurrentCalls.statuses(2, i -> given().auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", i == 0 ? "甲" : "乙", "kind", "DEPARTMENT", "parent", i == 0 ? b : a))
                    .when().put("/api/v1/agencies/" + (i == 0 ? a : b)).statusCode());
            assertTrue(statuses.stream().allMatch(s -> s < 500), "no 5xx: " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == OK).count(), "exactly one move succeeds: " + statuses);
            String parentOfA = given().when().get("/api/v1/agencies/" + a).then().statusCode(OK).extract().path("parent");
            String parentOfB = given().when().get("/api/v1/agencies/" + b).then().statusCode(OK).extract().path("parent");
            assertFalse(b.equals(parentOfA) && a.equals(parentOfB), "the directory holds a cycle " + a + " ⇄ " + b);
        }
    }

    private static void assertOnlyCreatedOrOk(List<Integer> statuses) {
        assertTrue(statuses.stream().allMatch(s -> s == CREATED || s == OK), "every identical write is 201 or 200: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == CREATED).count(), "exactly one created: " + statuses);
    }
}
