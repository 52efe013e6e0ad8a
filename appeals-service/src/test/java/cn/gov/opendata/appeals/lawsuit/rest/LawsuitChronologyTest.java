package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.json;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The chronology and references of appeals cases (issue 19), answered by the API over PostgreSQL. */
@QuarkusTest
class LawsuitChronologyTest {

    private static ValidatableResponse post(String collection, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + collection).then();
    }

    private static Map<String, Object> suitAfter(String agency, String number, String filedOn, String reconsideration) {
        Map<String, Object> suit = lawsuit(agency, number, "AFTER_RECONSIDERATION", filedOn, null, null);
        suit.put("reconsideration", json("agency", agency, "caseNumber", reconsideration));
        return suit;
    }

    @Test
    void aSuitAfterReconsiderationFiledAfterItIsAccepted() {
        String agency = agency();
        post("reconsiderations", reconsideration(agency, "R-1", "2018-03-01", "UPHELD", "2018-04-20"))
                .statusCode(Status.CREATED.getStatusCode());
        post("lawsuits", suitAfter(agency, "L-1", "2018-03-02", "R-1")).statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void aSuitFiledBeforeTheReconsiderationItNamesIsRefusedCitingArticle45() {
        String agency = agency();
        post("reconsiderations", reconsideration(agency, "R-1", "2018-11-20", null, null))
                .statusCode(Status.CREATED.getStatusCode());
        post("lawsuits", suitAfter(agency, "L-1", "2018-04-01", "R-1"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("filedOn"))
                .body("violations[0].message", containsString("第四十五条"))
                .body("violations[0].message", containsString("2018-11-20"));
        given().when().get("/api/v1/lawsuits/{agency}/{caseNumber}", agency, "L-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void aSuitFiledOnTheDayOfTheReconsiderationIsRefused() {
        String agency = agency();
        post("reconsiderations", reconsideration(agency, "R-1", "2018-03-01", null, null))
                .statusCode(Status.CREATED.getStatusCode());
        post("lawsuits", suitAfter(agency, "L-1", "2018-03-01", "R-1"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("filedOn"));
    }

    @Test
    void aSuitNamingAReconsiderationNotOnRecordIsRefused() {
        String agency = agency();
        post("lawsuits", suitAfter(agency, "L-1", "2018-04-01", "R-404"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("reconsideration"))
                .body("violations[0].message", containsString("R-404"));
    }

    @Test
    void anImportLineNamingAReconsiderationNotOnRecordWritesNothing() {
        String agency = agency();
        String good = "{\"agency\":\"" + agency + "\",\"caseNumber\":\"L-1\",\"filedOn\":\"2018-03-01\",\"route\":\"DIRECT\"}";
        String bad = "{\"agency\":\"" + agency + "\",\"caseNumber\":\"L-2\",\"filedOn\":\"2018-03-01\",\"route\":\"AFTER_RECONSIDERATION\","
                + "\"reconsideration\":{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-404\"}}";
        given().contentType("application/x-ndjson").body((good + "\n" + bad + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/lawsuits/import")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("line 2: reconsideration"));
        given().when().get("/api/v1/lawsuits/{agency}/{caseNumber}", agency, "L-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void aReconsiderationCannotBeRefiledOnOrAfterTheSuitThatFollowedIt() {
        String agency = agency();
        post("reconsiderations", reconsideration(agency, "R-1", "2018-03-01", null, null))
                .statusCode(Status.CREATED.getStatusCode());
        post("lawsuits", suitAfter(agency, "L-1", "2018-06-01", "R-1")).statusCode(Status.CREATED.getStatusCode());
        Map<String, Object> moved = reconsideration(agency, "R-1", "2018-06-01", null, null);
        moved.put("version", 0);
        given().contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("filedOn"))
                .body("violations[0].message", containsString("L-1"));
        moved.put("filedOn", "2018-05-31");
        given().contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aReconsiderationNamedByASuitCannotBeDeleted() {
        String agency = agency();
        post("reconsiderations", reconsideration(agency, "R-1", "2018-03-01", null, null))
                .statusCode(Status.CREATED.getStatusCode());
        post("lawsuits", suitAfter(agency, "L-1", "2018-06-01", "R-1")).statusCode(Status.CREATED.getStatusCode());
        given().when().delete("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("L-1"));
        given().when().delete("/api/v1/lawsuits/{agency}/{caseNumber}", agency, "L-1")
                .then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().delete("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().statusCode(Status.NO_CONTENT.getStatusCode());
    }

    @Test
    void aDecisionBeforeTheFilingIsRefused() {
        String agency = agency();
        post("lawsuits", lawsuit(agency, "L-1", "DIRECT", "2018-05-01", "UPHELD", "2018-04-30"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("decidedOn"));
        post("reconsiderations", reconsideration(agency, "R-1", "2018-05-01", "UPHELD", "2018-04-30"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("decidedOn"));
    }

    @Test
    void futureAndAbsurdDatesAreRefused() {
        String agency = agency();
        post("lawsuits", lawsuit(agency, "L-1", "DIRECT", "2099-05-01", null, null))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("filedOn"));
        post("reconsiderations", reconsideration(agency, "R-1", "1899-11-03", null, null))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("filedOn"));
        post("complaints", json("agency", agency, "referenceNumber", "C-1", "receivedOn", "2099-01-01", "subject", "未答复"))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("receivedOn"));
        Map<String, Object> appealed = lawsuit(agency, "L-2", "DIRECT", "2018-05-01", "UPHELD", "2018-08-01");
        appealed.put("appeals", List.of(json("instance", 2, "decidedOn", "2099-01-01", "result", "CORRECTED")));
        post("lawsuits", appealed).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[0].decidedOn"));
    }

    @Test
    void anAppealResultNeedsItsDate() {
        String agency = agency();
        Map<String, Object> appealed = lawsuit(agency, "L-1", "DIRECT", "2018-05-01", "UPHELD", "2018-08-01");
        appealed.put("appeals", List.of(json("instance", 2, "result", "CORRECTED")));
        post("lawsuits", appealed).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[0].decidedOn"));
    }

    @Test
    void anAppealDecidedWithinTheYearGivesTheResultInFiguresAndLists() {
        String agency = agency();
        // the case: first instance UPHELD 2019-06, appeal CORRECTED 2019-11 → CORRECTED in 2019
        Map<String, Object> corrected = lawsuit(agency, "L-1", "DIRECT", "2019-02-01", "UPHELD", "2019-06-14");
        corrected.put("appeals", List.of(json("instance", 2, "decidedOn", "2019-11-20", "result", "CORRECTED")));
        post("lawsuits", corrected).statusCode(Status.CREATED.getStatusCode());
        // an appeal decided only in 2020 leaves the first instance's result in 2019's figures
        Map<String, Object> upheld = lawsuit(agency, "L-2", "DIRECT", "2019-02-01", "UPHELD", "2019-06-14");
        upheld.put("appeals", List.of(json("instance", 2, "decidedOn", "2020-01-06", "result", "OTHER")));
        post("lawsuits", upheld).statusCode(Status.CREATED.getStatusCode());
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2019")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.'" + agency + "'.lawsuits.DIRECT",
                        equalTo(Map.of("UPHELD", 1, "CORRECTED", 1, "OTHER", 0, "PENDING", 0)));
        list(agency, 2019, "CORRECTED").body("items.caseNumber", contains("L-1"));
        list(agency, 2019, "UPHELD").body("items.caseNumber", contains("L-2"));
        list(agency, 2019, "OTHER").body("items", equalTo(List.of()));
        // as it stands now, the latest decision of each
        list(agency, null, "OTHER").body("items.caseNumber", contains("L-2"));
        list(agency, null, "UPHELD").body("items", equalTo(List.of()));
    }

    private static ValidatableResponse list(String agency, Integer year, String result) {
        var request = given().queryParam("agency", agency).queryParam("result", result);
        if (year != null) {
            request = request.queryParam("filedYear", year);
        }
        return request.when().get("/api/v1/lawsuits").then().statusCode(Status.OK.getStatusCode());
    }
}
