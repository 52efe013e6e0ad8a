package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.json;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LawsuitResourceTest {

    private static final String PATH = "/api/v1/lawsuits";
    private static final String KEY = PATH + "/{agency}/{caseNumber}";

    private static Map<String, Object> afterReconsideration(String agency, String caseNumber) {
        // the reconsideration it names is on record and filed before it (行政诉讼法第45条); re-sent unchanged, a PUT is 200
        given().contentType(ContentType.JSON)
                .body(json("agency", agency, "caseNumber", "FY-2018-001", "filedOn", "2018-02-01", "result", "UPHELD", "decidedOn", "2018-03-20"))
                .when().put(KEY.replace(PATH, "/api/v1/reconsiderations"), agency, "FY-2018-001")
                .then().statusCode(org.hamcrest.Matchers.oneOf(Status.CREATED.getStatusCode(), Status.OK.getStatusCode()));
        Map<String, Object> body = lawsuit(agency, caseNumber, "AFTER_RECONSIDERATION", "2018-04-01", "CORRECTED", "2018-08-01");
        body.put("resultKind", "ORDERED_TO_ACT");
        body.put("court", "川汇区人民法院");
        body.put("reconsideration", json("agency", agency, "caseNumber", "FY-2018-001"));
        body.put("appeals", List.of(json("instance", 2, "court", "周口市中级人民法院", "decidedOn", "2018-11-01", "result", "UPHELD")));
        return body;
    }

    @Test
    void lawsuitRoundTripsWithItsLinksAndAppeals() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(afterReconsideration(agency, "(2018)豫1602行初1号"))
                .when().put(KEY, agency, "(2018)豫1602行初1号")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().when().get(KEY, agency, "(2018)豫1602行初1号")
                .then().statusCode(Status.OK.getStatusCode())
                .body("route", equalTo("AFTER_RECONSIDERATION"))
                .body("reconsideration.caseNumber", equalTo("FY-2018-001"))
                .body("court", equalTo("川汇区人民法院"))
                .body("result", equalTo("CORRECTED"))
                .body("resultKind", equalTo("ORDERED_TO_ACT"))
                .body("appeals.instance", contains(2))
                .body("appeals[0].result", equalTo("UPHELD"))
                .body("version", equalTo(0));
    }

    @Test
    void resendingTheSameLawsuitKeepsItsVersion() {
        String agency = agency();
        Map<String, Object> body = afterReconsideration(agency, "L-1");
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(0));
    }

    @Test
    void addingAnAppealIsAnUpdateAndStaleVersionsConflict() {
        String agency = agency();
        Map<String, Object> body = afterReconsideration(agency, "L-1");
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        body.put("version", 0);
        body.put("appeals", List.of(
                json("instance", 3, "court", "河南省高级人民法院", "decidedOn", "2019-03-01", "result", "UPHELD"),
                json("instance", 2, "court", "周口市中级人民法院", "decidedOn", "2018-11-01", "result", "UPHELD")));
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(1))
                .body("appeals.instance", contains(2, 3));
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void reconsiderationLinkNeedsTheAfterReconsiderationRoute() {
        String agency = agency();
        Map<String, Object> body = afterReconsideration(agency, "L-1");
        body.put("route", "DIRECT");
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "L-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("reconsideration"));
    }

    @Test
    void routeIsRequired() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", null, null);
        body.remove("route");
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("route"));
    }

    @Test
    void unknownRouteIsRejected() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(lawsuit(agency, "L-1", "SIDEWAYS", "2018-04-01", null, null)).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("route"));
    }

    @Test
    void appealNeedsAFirstInstanceJudgment() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", null, null);
        body.put("appeals", List.of(json("instance", 2)));
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[0]"));
    }

    @Test
    void appealInstanceStartsAtTwo() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", "UPHELD", "2018-06-01");
        body.put("appeals", List.of(json("instance", 1)));
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[0].instance"));
    }

    @Test
    void appealInstanceAppearsOnce() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", "UPHELD", "2018-06-01");
        body.put("appeals", List.of(json("instance", 2), json("instance", 2)));
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[1].instance"));
    }

    @Test
    void appealDecidedBeforeTheJudgmentIsRejected() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", "UPHELD", "2018-06-01");
        body.put("appeals", List.of(json("instance", 2, "decidedOn", "2018-05-01")));
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("appeals[0].decidedOn"));
    }

    @Test
    void judgmentBeforeFilingIsRejected() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(lawsuit(agency, "L-1", "DIRECT", "2018-04-01", "UPHELD", "2018-03-01"))
                .when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("decidedOn"));
    }

    @Test
    void upheldLawsuitHasNoKind() {
        String agency = agency();
        Map<String, Object> body = lawsuit(agency, "L-1", "DIRECT", "2018-04-01", "UPHELD", "2018-05-01");
        body.put("resultKind", "DISMISSED");
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("resultKind"));
    }

    @Test
    void listFiltersByRoute() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(lawsuit(agency, "D-1", "DIRECT", "2018-04-01", null, null)).when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(afterReconsideration(agency, "A-1")).when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().queryParam("agency", agency).queryParam("route", "DIRECT").when().get(PATH)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.caseNumber", contains("D-1")).body("total", equalTo(1));
        // first instance CORRECTED in August, appeal UPHELD in November: the latest decision by 31 Dec counts
        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("result", "UPHELD").when().get(PATH)
                .then().body("items.caseNumber", contains("A-1"));
        given().queryParam("agency", agency).queryParam("filedYear", 2018).queryParam("result", "CORRECTED").when().get(PATH)
                .then().body("items", org.hamcrest.Matchers.empty());
        given().queryParam("route", "UP").when().get(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", contains("route"));
    }
}
