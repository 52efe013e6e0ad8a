package cn.gov.opendata.appeals.reconsideration.rest;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.json;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReconsiderationResourceTest {

    private static final String PATH = "/api/v1/reconsiderations";

    private static void put(String agency, String caseNumber, Map<String, Object> body, Status expected) {
        given().contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, caseNumber)
                .then().statusCode(expected.getStatusCode());
    }

    @Test
    void putCreatesThenGetReturnsTheSameShape() {
        String agency = agency();
        Map<String, Object> body = json("agency", agency, "caseNumber", "FY-2018-001", "filedOn", "2018-03-01",
                "request", json("agency", agency, "trackingNumber", "2018-0001"),
                "result", "CORRECTED", "resultKind", "REVOKED", "decidedOn", "2018-05-01", "version", 0);
        given().contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-2018-001")
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(PATH + "/" + agency + "/FY-2018-001"))
                .body("version", equalTo(0));

        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "FY-2018-001")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agency", equalTo(agency))
                .body("caseNumber", equalTo("FY-2018-001"))
                .body("filedOn", equalTo("2018-03-01"))
                .body("request.trackingNumber", equalTo("2018-0001"))
                .body("result", equalTo("CORRECTED"))
                .body("resultKind", equalTo("REVOKED"))
                .body("decidedOn", equalTo("2018-05-01"))
                .body("version", equalTo(0));
    }

    @Test
    void putWithCurrentVersionReplacesAndBumpsTheVersion() {
        String agency = agency();
        put(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        Map<String, Object> decided = reconsideration(agency, "FY-1", "2018-03-01", "UPHELD", "2018-04-01");
        decided.put("version", 0);
        given().contentType(ContentType.JSON).body(decided)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("result", equalTo("UPHELD"))
                .body("version", equalTo(1));
    }

    @Test
    void putWithStaleVersionIsConflictAndChangesNothing() {
        String agency = agency();
        put(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        Map<String, Object> first = reconsideration(agency, "FY-1", "2018-03-01", "UPHELD", "2018-04-01");
        first.put("version", 0);
        put(agency, "FY-1", first, Status.OK);

        Map<String, Object> stale = reconsideration(agency, "FY-1", "2018-03-01", "OTHER", "2018-04-02");
        stale.put("version", 0);
        given().contentType(ContentType.JSON).body(stale)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(409));
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().body("result", equalTo("UPHELD")).body("version", equalTo(1));
    }

    @Test
    void putWithAVersionOnAMissingCaseConflicts() {
        String agency = agency();
        Map<String, Object> body = reconsideration(agency, "FY-GONE", "2018-03-01", null, null);
        body.put("version", 3);
        given().contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-GONE")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "FY-GONE")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void replacingWithoutVersionIsRejected() {
        String agency = agency();
        put(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-02", null, null))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("version"));
    }

    @Test
    void putBodyMayLeaveOutTheKeyButMustNotContradictThePath() {
        String agency = agency();
        put(agency, "FY-1", json("filedOn", "2018-03-01"), Status.CREATED);
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-OTHER", "2018-03-01", null, null))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-2")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("caseNumber"));
    }

    @Test
    void postCreatesWithLocationAndRejectsAnExistingKey() {
        String agency = agency();
        Map<String, Object> body = reconsideration(agency, "周复决字〔2018〕12号", "2018-03-01", null, null);
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith("/" + agency + "/%E5%91%A8%E5%A4%8D%E5%86%B3%E5%AD%97%E3%80%942018%E3%80%9512%E5%8F%B7"))
                .body("caseNumber", equalTo("周复决字〔2018〕12号"));
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "周复决字〔2018〕12号")
                .then().statusCode(Status.OK.getStatusCode());
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void postWithoutKeyNamesTheMissingFields() {
        given().contentType(ContentType.JSON).body(json("filedOn", "2018-03-01"))
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", containsInAnyOrder("agency", "caseNumber"));
    }

    @Test
    void deleteRemovesTheCase() {
        String agency = agency();
        put(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        given().when().delete(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().when().delete(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void decisionBeforeFilingIsRejectedNamingDecidedOn() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", "UPHELD", "2018-02-28"))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("decidedOn"));
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void resultWithoutDecisionDateIsRejected() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", "UPHELD", null))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("decidedOn"));
    }

    @Test
    void decisionDateWithoutResultIsRejected() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", null, "2018-04-01"))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("result"));
    }

    @Test
    void kindOfAnotherResultIsRejected() {
        String agency = agency();
        Map<String, Object> body = reconsideration(agency, "FY-1", "2018-03-01", "OTHER", "2018-04-01");
        body.put("resultKind", "REVOKED");
        given().contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("resultKind"));
    }

    @Test
    void unknownResultIsRejectedNamingTheField() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", "WON", "2018-04-01"))
                .when().put(PATH + "/{agency}/{caseNumber}", agency, "FY-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("result"));
    }

    @Test
    void malformedJsonIsProblemJson() {
        given().contentType(ContentType.JSON).body("{\"filedOn\": ")
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400));
    }

    @Test
    void unknownFieldIsRejected() {
        String agency = agency();
        Map<String, Object> body = reconsideration(agency, "FY-1", "2018-03-01", null, null);
        body.put("respondent", "x");
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("respondent"));
    }

    @Test
    void wrongTypeIsRejected() {
        String agency = agency();
        Map<String, Object> body = reconsideration(agency, "FY-1", "2018-03-01", null, null);
        body.put("filedOn", "March 1st");
        given().contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("filedOn"));
    }

    @Test
    void badAgencyCodeIsRejected() {
        given().contentType(ContentType.JSON).body(reconsideration("ZK Gov", "FY-1", "2018-03-01", null, null))
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void listFiltersByResultAsOfTheEndOfTheFilingYear() {
        String agency = agency();
        put(agency, "A", reconsideration(agency, "A", "2018-03-01", "UPHELD", "2018-12-31"), Status.CREATED);
        put(agency, "B", reconsideration(agency, "B", "2018-11-01", "UPHELD", "2019-01-10"), Status.CREATED);
        put(agency, "C", reconsideration(agency, "C", "2018-12-01", null, null), Status.CREATED);
        put(agency, "D", reconsideration(agency, "D", "2019-01-01", "UPHELD", "2019-02-01"), Status.CREATED);

        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("result", "UPHELD")
                .when().get(PATH)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.caseNumber", contains("A"))
                .body("total", equalTo(1));
        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("result", "PENDING")
                .when().get(PATH)
                .then().body("items.caseNumber", contains("B", "C")).body("total", equalTo(2));
        // Without a year the result is the one recorded now.
        given().queryParam("agency", agency).queryParam("result", "UPHELD")
                .when().get(PATH)
                .then().body("items.caseNumber", contains("A", "B", "D"));
    }

    @Test
    void listIsPaged() {
        String agency = agency();
        for (int i = 1; i <= 3; i++) {
            put(agency, "P" + i, reconsideration(agency, "P" + i, "2018-03-0" + i, null, null), Status.CREATED);
        }
        given().queryParam("agency", agency).queryParam("page", 1).queryParam("size", 2)
                .when().get(PATH)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.caseNumber", contains("P3"))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3));
        given().queryParam("agency", agency)
                .when().get(PATH)
                .then().body("size", equalTo(50)).body("page", equalTo(0));
    }

    @Test
    void badListParametersAreRejectedNamingThem() {
        given().queryParam("size", 501).when().get(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("size"));
        given().queryParam("result", "WON").when().get(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("result"));
        given().queryParam("filedYear", "last").when().get(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("filedYear"));
    }

    @Test
    void undecidedCaseOmitsResultFields() {
        String agency = agency();
        put(agency, "U", reconsideration(agency, "U", "2018-03-01", null, null), Status.CREATED);
        given().when().get(PATH + "/{agency}/{caseNumber}", agency, "U")
                .then().body("result", nullValue()).body("decidedOn", nullValue());
    }
}
