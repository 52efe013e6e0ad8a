package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.complaint;
import static cn.gov.opendata.appeals.common.TestData.json;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class StatisticsResourceTest {

    private static void create(String collection, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/" + collection)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    private static ValidatableResponse figures(int year, String... agencies) {
        return given().queryParam("agency", (Object[]) agencies)
                .when().get("/api/v1/statistics/{year}", year)
                .then().statusCode(Status.OK.getStatusCode())
                .body("year", equalTo(year));
    }

    private static String at(String agency) {
        return "agencies.'" + agency + "'.";
    }

    @Test
    void agencyFiguresAlwaysCarryEveryResultAndRoute() {
        String agency = agency();
        create("complaints", complaint(agency, "JB-1", "2018-05-05"));
        figures(2018, agency)
                .body(at(agency) + "reconsiderations", equalTo(Map.of("UPHELD", 0, "CORRECTED", 0, "OTHER", 0, "PENDING", 0)))
                .body(at(agency) + "lawsuits.DIRECT", equalTo(Map.of("UPHELD", 0, "CORRECTED", 0, "OTHER", 0, "PENDING", 0)))
                .body(at(agency) + "lawsuits.AFTER_RECONSIDERATION", equalTo(Map.of("UPHELD", 0, "CORRECTED", 0, "OTHER", 0, "PENDING", 0)))
                .body(at(agency) + "complaints", equalTo(1));
    }

    @Test
    void caseDecidedAfterTheYearEndIsPendingInItsFilingYear() {
        String agency = agency();
        create("reconsiderations", reconsideration(agency, "R-1", "2018-11-20", "CORRECTED", "2019-01-15"));
        figures(2018, agency)
                .body(at(agency) + "reconsiderations.PENDING", equalTo(1))
                .body(at(agency) + "reconsiderations.CORRECTED", equalTo(0));
        // It never counts again in the year it was decided.
        figures(2019, agency).body("agencies", not(hasKey(agency)));
    }

    @Test
    void caseDecidedOnTheLastDayOfTheYearIsDecided() {
        String agency = agency();
        create("reconsiderations", reconsideration(agency, "R-1", "2018-12-01", "OTHER", "2018-12-31"));
        create("lawsuits", lawsuit(agency, "L-1", "DIRECT", "2018-12-01", "CORRECTED", "2018-12-31"));
        figures(2018, agency)
                .body(at(agency) + "reconsiderations.OTHER", equalTo(1))
                .body(at(agency) + "reconsiderations.PENDING", equalTo(0))
                .body(at(agency) + "lawsuits.DIRECT.CORRECTED", equalTo(1))
                .body(at(agency) + "lawsuits.DIRECT.PENDING", equalTo(0));
    }

    @Test
    void caseCountsInTheYearItWasFiled() {
        String agency = agency();
        create("reconsiderations", reconsideration(agency, "R-31", "2018-12-31", null, null));
        create("reconsiderations", reconsideration(agency, "R-01", "2019-01-01", "UPHELD", "2019-01-02"));
        create("lawsuits", lawsuit(agency, "L-31", "DIRECT", "2018-12-31", null, null));
        create("lawsuits", lawsuit(agency, "L-01", "DIRECT", "2019-01-01", null, null));
        figures(2018, agency)
                .body(at(agency) + "reconsiderations.PENDING", equalTo(1))
                .body(at(agency) + "reconsiderations.UPHELD", equalTo(0))
                .body(at(agency) + "lawsuits.DIRECT.PENDING", equalTo(1));
        figures(2019, agency)
                .body(at(agency) + "reconsiderations.UPHELD", equalTo(1))
                .body(at(agency) + "reconsiderations.PENDING", equalTo(0))
                .body(at(agency) + "lawsuits.DIRECT.PENDING", equalTo(1));
    }

    @Test
    void complaintsCountInTheYearReceived() {
        String agency = agency();
        create("complaints", complaint(agency, "JB-1", "2018-01-01"));
        create("complaints", complaint(agency, "JB-2", "2018-12-31"));
        create("complaints", complaint(agency, "JB-3", "2019-01-01"));
        figures(2018, agency).body(at(agency) + "complaints", equalTo(2));
        figures(2019, agency).body(at(agency) + "complaints", equalTo(1));
    }

    @Test
    void lawsuitAfterReconsiderationCountsOnceInEachTable() {
        String agency = agency();
        create("reconsiderations", reconsideration(agency, "R-1", "2018-02-01", "UPHELD", "2018-03-20"));
        Map<String, Object> suit = lawsuit(agency, "L-1", "AFTER_RECONSIDERATION", "2018-04-01", "UPHELD", "2018-07-01");
        suit.put("reconsideration", json("agency", agency, "caseNumber", "R-1"));
        create("lawsuits", suit);
        figures(2018, agency)
                .body(at(agency) + "reconsiderations.UPHELD", equalTo(1))
                .body(at(agency) + "lawsuits.AFTER_RECONSIDERATION.UPHELD", equalTo(1))
                .body(at(agency) + "lawsuits.DIRECT.UPHELD", equalTo(0));
    }

    @Test
    void appealsDoNotCountAsCases() {
        String agency = agency();
        Map<String, Object> suit = lawsuit(agency, "L-1", "DIRECT", "2018-02-01", "UPHELD", "2018-05-01");
        suit.put("appeals", List.of(
                json("instance", 2, "court", "周口市中级人民法院", "decidedOn", "2018-08-01", "result", "CORRECTED"),
                json("instance", 3, "court", "河南省高级人民法院", "decidedOn", "2018-11-01", "result", "UPHELD")));
        create("lawsuits", suit);
        figures(2018, agency)
                .body(at(agency) + "lawsuits.DIRECT", equalTo(Map.of("UPHELD", 1, "CORRECTED", 0, "OTHER", 0, "PENDING", 0)));
    }

    @Test
    void figuresMatchTheProvenanceLists() {
        String agency = agency();
        create("reconsiderations", reconsideration(agency, "R-1", "2018-02-01", "UPHELD", "2018-03-01"));
        create("reconsiderations", reconsideration(agency, "R-2", "2018-02-02", "UPHELD", "2019-03-01"));
        create("reconsiderations", reconsideration(agency, "R-3", "2018-02-03", "CORRECTED", "2018-06-01"));
        create("lawsuits", lawsuit(agency, "L-1", "DIRECT", "2018-02-01", "OTHER", "2019-01-01"));
        figures(2018, agency)
                .body(at(agency) + "reconsiderations.UPHELD", equalTo(1))
                .body(at(agency) + "reconsiderations.CORRECTED", equalTo(1))
                .body(at(agency) + "reconsiderations.PENDING", equalTo(1))
                .body(at(agency) + "lawsuits.DIRECT.PENDING", equalTo(1));
        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("result", "PENDING")
                .when().get("/api/v1/reconsiderations")
                .then().body("items.caseNumber", contains("R-2"));
        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("route", "DIRECT").queryParam("result", "PENDING")
                .when().get("/api/v1/lawsuits")
                .then().body("items.caseNumber", contains("L-1"));
    }

    @Test
    void agencyParameterNarrowsTheFigures() {
        String first = agency();
        String second = agency();
        String third = agency();
        create("complaints", complaint(first, "JB-1", "2018-05-05"));
        create("complaints", complaint(second, "JB-1", "2018-05-05"));
        create("complaints", complaint(third, "JB-1", "2018-05-05"));
        figures(2018, first, second)
                .body("agencies", hasKey(first))
                .body("agencies", hasKey(second))
                .body("agencies", not(hasKey(third)));
    }

    @Test
    void badYearIsRejected() {
        given().when().get("/api/v1/statistics/{year}", "twenty")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("year"));
    }

    @Test
    void badAgencyCodeIsRejected() {
        given().queryParam("agency", "Not A Code")
                .when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("agency"));
    }
}
