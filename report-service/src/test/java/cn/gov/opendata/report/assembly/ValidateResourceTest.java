package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.report.format.Submissions;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class ValidateResourceTest {

    private static io.restassured.response.ValidatableResponse validate(Object tables) {
        return given().contentType(ContentType.JSON).body(Map.of("year", 2025, "tables", tables))
                .when().post("/api/v1/reports/validate").then();
    }

    @Test
    void consistentSubmissionIsValid() {
        validate(Submissions.json()).statusCode(Status.OK.getStatusCode())
                .body("valid", equalTo(true)).body("checks", empty()).body("year", equalTo(2025));
    }

    @Test
    void brokenRowTotalIsAnError() {
        var tables = Submissions.json();
        tables.get("TABLE_3").get("RECEIVED").put("TOTAL", 99);
        validate(tables).statusCode(Status.OK.getStatusCode()).body("valid", equalTo(false))
                .body("checks.code", hasItem("TABLE_3_ROW_TOTAL"))
                .body("checks.find { it.code == 'TABLE_3_ROW_TOTAL' }.severity", equalTo("ERROR"));
    }

    @Test
    void brokenConcludedTotalIsAnError() {
        var tables = Submissions.json();
        tables.get("TABLE_3").get("CONCLUDED_TOTAL").put("COMMERCIAL", 3);
        validate(tables).body("valid", equalTo(false)).body("checks.code", hasItem("TABLE_3_RESULTS_TOTAL"));
    }

    @Test
    void brokenBalanceIsAnError() {
        var tables = Submissions.json();
        tables.get("TABLE_3").get("CARRIED_OVER").put("NATURAL_PERSON", 4);
        tables.get("TABLE_3").get("CARRIED_OVER").put("TOTAL", 4);
        validate(tables).body("valid", equalTo(false)).body("checks.code", hasItem("TABLE_3_BALANCE"));
    }

    @Test
    void brokenTable4TotalIsAnError() {
        var tables = Submissions.json();
        tables.get("TABLE_4").get("CASES").put("DIRECT_TOTAL", 5);
        validate(tables).body("valid", equalTo(false)).body("checks.code", hasItem("TABLE_4_TOTAL"))
                .body("checks.find { it.code == 'TABLE_4_TOTAL' }.message", containsString("DIRECT"));
    }

    @Test
    void missingAndUnknownCellsAreErrors() {
        var tables = Submissions.json();
        tables.get("TABLE_3").remove("CARRIED_FORWARD");
        tables.get("TABLE_4").get("CASES").put("APPEAL_TO_HEAVEN", 1);
        validate(tables).body("valid", equalTo(false))
                .body("checks.code", hasItem("MISSING_CELLS")).body("checks.code", hasItem("UNKNOWN_CELLS"));
    }

    @Test
    void nonNumericValueIsBadRequest() {
        var tables = Submissions.json();
        tables.get("TABLE_3").get("RECEIVED").put("TOTAL", "many");
        validate(tables).statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("tables.TABLE_3.RECEIVED.TOTAL"));
        given().contentType(ContentType.JSON).body(Map.of("tables", Map.of()))
                .when().post("/api/v1/reports/validate").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("year"));
    }
}
