package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.report.format.Submissions;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aYearOutsideTheYearPolicyIsABadRequest() {
        for (int year : new int[]{-1, 0, 1999, 2101, 99999}) {
            given().contentType(ContentType.JSON).body(Map.of("year", year, "tables", Submissions.json()))
                    .when().post("/api/v1/reports/validate").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                    .body("violations.field", hasItem("year"));
        }
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

    private static io.restassured.response.ValidatableResponse validate(int year, String format, Object tables) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("year", year);
        body.put("tables", tables);
        if (format != null) {
            body.put("format", format);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports/validate").then();
    }

    @Test
    void aTrialFormatSubmissionWithOneOtherHandlingRowIsValidFor2019() {
        var tables = Submissions.json(cn.gov.opendata.report.format.NationalEdition.NATIONAL_2019);
        // OTHER (1 commercial) is the only outcome of （六）其他处理 in the figures: one row, no sub-rows
        assertEquals(Map.of("NATURAL_PERSON", 0, "COMMERCIAL", 1, "RESEARCH", 0, "SOCIAL_WELFARE", 0, "LEGAL_SERVICE", 0,
                "OTHER", 0, "TOTAL", 1), intValues(tables.get("TABLE_3").get("OTHER_HANDLING")));
        validate(2019, null, tables).statusCode(Status.OK.getStatusCode())
                .body("valid", equalTo(true)).body("checks", empty()).body("format", equalTo("NATIONAL_2019"));
        validate(2020, "NATIONAL_2019", tables).body("valid", equalTo(true)).body("checks", empty());
    }

    @Test
    void trialTable2HasItsOwnColumnsAndAnAmountToTheYuan() {
        var tables = Submissions.json(cn.gov.opendata.report.format.NationalEdition.NATIONAL_2019);
        tables.get("TABLE_2").get("PROCUREMENT").put("PROCUREMENT_AMOUNT", "1234.5678");
        tables.get("TABLE_2").get("LICENSING_DECISIONS").put("ITEMS_CHANGE", -3);
        validate(2019, null, tables).body("valid", equalTo(true)).body("checks", empty());
        tables.get("TABLE_2").get("REGULATION").put("IN_FORCE", 4);
        validate(2019, null, tables).body("valid", equalTo(false))
                .body("checks.find { it.code == 'UNKNOWN_CELLS' }.message", containsString("TABLE_2 REGULATION/IN_FORCE"));
    }

    @Test
    void theYearsFormatIsTheDefaultAndAnotherOneIsAWarning() {
        // the 2021 tables of a 2019 report: allowed, but not the format of that year
        validate(2019, "NATIONAL_2021", Submissions.json()).body("valid", equalTo(true)).body("format", equalTo("NATIONAL_2021"))
                .body("checks.code", equalTo(List.of("FORMAT_NOT_IN_FORCE")))
                .body("checks[0].severity", equalTo("WARNING"));
        // the 2021 tables judged as the trial format of their year: the split 其他处理 rows are unknown there
        validate(2020, null, Submissions.json()).body("valid", equalTo(false)).body("format", equalTo("NATIONAL_2019"))
                .body("checks.find { it.code == 'UNKNOWN_CELLS' }.message", containsString("TABLE_3 ABANDONED_NO_CORRECTION/TOTAL"))
                .body("checks.find { it.code == 'MISSING_CELLS' }.message", containsString("TABLE_3 OTHER_HANDLING/TOTAL"));
        validate(2022, "NATIONAL_2019", Submissions.json(cn.gov.opendata.report.format.NationalEdition.NATIONAL_2019))
                .body("valid", equalTo(true)).body("checks.code", equalTo(List.of("FORMAT_NOT_IN_FORCE")));
        validate(2019, "LEGACY_2008", Submissions.json()).statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("format"));
        validate(2019, "NATIONAL_2030", Submissions.json()).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("format"));
    }

    private static Map<String, Integer> intValues(Map<String, Object> cells) {
        Map<String, Integer> out = new java.util.HashMap<>();
        cells.forEach((k, v) -> out.put(k, new java.math.BigDecimal(v.toString()).intValueExact()));
        return out;
    }
}
