package cn.gov.opendata.report.baseline;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.report.format.Submissions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency new to the platform: last year's published tables entered as a baseline stand in for last year's values
 * and the carry-over check where last year has no records; records, when present, win; the report says which it used.
 * Submissions' figures carry forward 2 natural persons; this year's stubs carry over 2 (matching) or 5.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class BaselineTest {

    private static final String PATH = "/api/v1/baselines/{agency}/{year}";

    private static String cell(JsonPath report, String table, String row, String column, String field) {
        return report.getString("tables.find { it.code == '" + table + "' }.rows.find { it.code == '" + row
                + "' }.cells.find { it.column == '" + column + "' }." + field);
    }

    private static void thisYear(String agency, int year, long carriedOver) {
        Stubs.statistics("disclosure", year, Map.of(agency, Map.of("items", 3)));
        Stubs.statistics("application", year, Map.of(agency, Map.of(
                "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 4)),
                "carriedOver", Map.of("byApplicant", Map.of("NATURAL_PERSON", carriedOver)),
                "concluded", Map.of("byOutcome", Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 4 + carriedOver))))));
        Stubs.statistics("appeals", year, Map.of());
    }

    private static JsonPath report(String agency, int year) {
        return given().when().get("/api/v1/reports/" + agency + "/" + year + "?format=NATIONAL_2021&scope=SELF")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    @Test
    void publishedFiguresStandInForAYearWithoutRecords() {
        String agency = Stubs.code("t-base");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "新用户局", "DEPARTMENT", null);
        thisYear(agency, year, 2);
        Stubs.statistics("disclosure", year - 1, Map.of());
        Stubs.statistics("application", year - 1, Map.of());
        Stubs.statistics("appeals", year - 1, Map.of());

        JsonPath without = report(agency, year);
        assertEquals("0", cell(without, "TABLE_3", "RECEIVED", "TOTAL", "previous"));
        assertTrue(without.getList("checks.code").contains("CARRY_OVER_MISMATCH"), without.getList("checks.code").toString());

        given().contentType(ContentType.JSON).body(Map.of("format", "NATIONAL_2021", "tables", Submissions.json()))
                .when().put(PATH + "?scope=SELF", agency, year - 1)
                .then().statusCode(Status.CREATED.getStatusCode()).body("format", equalTo("NATIONAL_2021"))
                .body("tables.TABLE_3.RECEIVED.TOTAL", equalTo(10));
        given().when().get(PATH + "?scope=SELF", agency, year - 1).then().statusCode(Status.OK.getStatusCode())
                .body("scope", equalTo("SELF"));

        JsonPath with = report(agency, year);
        assertEquals("10", cell(with, "TABLE_3", "RECEIVED", "TOTAL", "previous"));
        assertEquals("-6", cell(with, "TABLE_3", "RECEIVED", "TOTAL", "change"));
        assertEquals("10", cell(with, "TABLE_2", "LICENSING_DECISIONS", "DECISIONS", "previous"));
        List<String> codes = with.getList("checks.code");
        assertFalse(codes.contains("CARRY_OVER_MISMATCH"), "the carry-over check runs against the published figures: " + codes);
        assertTrue(codes.contains("PREVIOUS_YEAR_PUBLISHED"), codes.toString());
        assertTrue(with.getList("sources.name").contains("published figures"));
    }

    @Test
    void recordsOfLastYearWinOverItsPublishedFigures() {
        String agency = Stubs.code("t-base");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "老用户局", "DEPARTMENT", null);
        thisYear(agency, year, 5);
        Stubs.statistics("disclosure", year - 1, Map.of(agency, Map.of("items", 1)));
        Stubs.statistics("application", year - 1, Map.of(agency, Map.of(
                "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 7)),
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 5)))));
        Stubs.statistics("appeals", year - 1, Map.of());
        given().contentType(ContentType.JSON).body(Map.of("tables", Submissions.json()))
                .when().put(PATH + "?scope=SELF", agency, year - 1).then().statusCode(Status.CREATED.getStatusCode());

        JsonPath report = report(agency, year);
        assertEquals("7", cell(report, "TABLE_3", "RECEIVED", "TOTAL", "previous"));
        List<String> codes = report.getList("checks.code");
        assertFalse(codes.contains("PREVIOUS_YEAR_PUBLISHED"), codes.toString());
        assertFalse(codes.contains("CARRY_OVER_MISMATCH"), codes.toString());
        assertFalse(report.getList("sources.name").contains("published figures"));
    }

    @Test
    void figuresThatFailTheChecksAreRefused() {
        String agency = Stubs.code("t-base");
        Directory.put(agency, "错数局", "DEPARTMENT", null);
        var tables = Submissions.json();
        tables.get("TABLE_3").get("RECEIVED").put("TOTAL", 99);
        given().contentType(ContentType.JSON).body(Map.of("tables", tables))
                .when().put(PATH, agency, 2024).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE).body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("TABLE_3_ROW_TOTAL")));
        given().contentType(ContentType.JSON).body(Map.of("tables", Map.of("TABLE_3", Map.of("RECEIVED", Map.of("TOTAL", "many")))))
                .when().put(PATH, agency, 2024).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("tables.TABLE_3.RECEIVED.TOTAL"));
        given().when().get(PATH, agency, 2024).then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("tables", Submissions.json()))
                .when().put(PATH, "t-no-such-agency", 2024).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
