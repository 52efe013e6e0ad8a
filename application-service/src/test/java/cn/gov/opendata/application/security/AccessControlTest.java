package cn.gov.opendata.application.security;

import cn.gov.opendata.platform.testing.TestDirectory;
import cn.gov.opendata.platform.testing.TestKeys;
import cn.gov.opendata.platform.testing.Tokens;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The rules of docs/SECURITY.md as they apply to requests; the key pair is made for the whole module. */
@QuarkusTest
@WithTestResource(value = TestKeys.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestDirectory.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static final String REQUESTS = "/api/v1/requests";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String registration(String agency, String tracking) {
        return Fixtures.registration(agency, tracking, "IN_PERSON", false, "NATURAL_PERSON", "2018-03-01T10:00:00+08:00", "预算");
    }

    @Test
    void aRequestWithoutTokenIsUnauthorizedProblemJson() {
        given().auth().none().when().get(REQUESTS)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredForeignAndMalformedTokensAreUnauthorized() {
        for (String token : new String[] {Tokens.expiredAdmin(), Tokens.adminSignedByAnotherKey(), Tokens.adminFromAnotherIssuer(), "x.y.z"}) {
            as(token).when().get(REQUESTS)
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void aClerkRegistersForItsOwnAgency() {
        String agency = Fixtures.agency();
        as(Tokens.clerk(agency)).contentType(ContentType.JSON).body(registration(agency, "A-1"))
                .when().post(REQUESTS)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void aClerkRegisteringForAnotherAgencyIsForbiddenAndNothingIsWritten() {
        String other = Fixtures.agency();
        as(Tokens.clerk(Fixtures.agency())).contentType(ContentType.JSON).body(registration(other, "A-1"))
                .when().post(REQUESTS)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(other));
        given().queryParam("agency", other).when().get(REQUESTS).then().body("total", equalTo(0));
    }

    @Test
    void aClerkCannotActOnAnotherAgencysRequestNorLearnItExists() {
        long id = Fixtures.inPerson(Fixtures.agency(), "A-1", "2018-03-01");
        as(Tokens.clerk(Fixtures.agency())).contentType(ContentType.JSON)
                .body("{\"actor\":\"王科员\",\"on\":\"2018-03-05\",\"outcome\":\"DISCLOSED\"}")
                .when().post(REQUESTS + "/" + id + "/reply")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(REQUESTS + "/" + id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aClerksImportWithALineOfAnotherAgencyIsForbiddenAndWritesNothing() {
        String own = Fixtures.agency();
        String other = Fixtures.agency();
        String batch = Fixtures.importLine(own, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null) + "\n"
                + Fixtures.importLine(other, "H-2", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null) + "\n";
        as(Tokens.clerk(own)).contentType(Fixtures.NDJSON).body(batch.getBytes(StandardCharsets.UTF_8))
                .when().post(REQUESTS + "/import")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(other));
        given().queryParam("agency", own).when().get(REQUESTS).then().body("total", equalTo(0));
    }

    @Test
    void aClerksListAndDeadlinesShowItsOwnAgencyOnly() {
        String own = Fixtures.agency();
        String other = Fixtures.agency();
        Fixtures.inPerson(own, "A-1", "2018-03-01");
        Fixtures.inPerson(other, "A-1", "2018-03-01");
        as(Tokens.clerk(own)).when().get(REQUESTS)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1))
                .body("items.agency", everyItem(equalTo(own)));
        as(Tokens.clerk(own)).queryParam("asOf", "2018-03-02").when().get("/api/v1/deadlines")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.agency", everyItem(equalTo(own)));
        as(Tokens.clerk(own)).queryParam("agency", other).when().get(REQUESTS)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aSupervisorReadsItsSubtreeIncludingDeadlinesButNothingOutside() {
        String county = Fixtures.agency();
        String township = Fixtures.agency();
        String elsewhere = Fixtures.agency();
        long inside = Fixtures.inPerson(township, "A-1", "2018-03-01");
        long outside = Fixtures.inPerson(elsewhere, "A-1", "2018-03-01");
        String supervisor = Tokens.supervisor(county, township);

        as(supervisor).when().get(REQUESTS + "/" + inside).then().statusCode(Status.OK.getStatusCode());
        as(supervisor).when().get(REQUESTS + "/" + inside + "/events").then().statusCode(Status.OK.getStatusCode());
        as(supervisor).when().get(REQUESTS + "/" + inside + "/deadline").then().statusCode(Status.OK.getStatusCode());
        as(supervisor).queryParam("asOf", "2018-05-01").when().get("/api/v1/deadlines")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.agency", everyItem(equalTo(township)))
                .body("items.overdue", everyItem(equalTo(true)))
                .body("total", equalTo(1));
        as(supervisor).when().get(REQUESTS).then().body("items.agency", everyItem(equalTo(township)));

        // by bare id, a request outside the subtree is answered as a missing one: a 403 would name its owner
        as(supervisor).when().get(REQUESTS + "/" + outside)
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(supervisor).when().get(REQUESTS + "/" + outside + "/events").then().statusCode(Status.NOT_FOUND.getStatusCode());
        as(supervisor).queryParam("agency", elsewhere).when().get("/api/v1/deadlines").then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aForeignRequestIdIsAnsweredExactlyAsAMissingOne() {
        String owner = Fixtures.agency();
        long foreign = Fixtures.inPerson(owner, "A-1", "2018-03-01");
        long missing = foreign + 1_000_000;
        String clerk = Tokens.clerk(Fixtures.agency());
        String foreignBody = as(clerk).when().get(REQUESTS + "/" + foreign)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .extract().asString();
        String missingBody = as(clerk).when().get(REQUESTS + "/" + missing)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(missingBody.replace(String.valueOf(missing), "ID"),
                foreignBody.replace(String.valueOf(foreign), "ID"));
        org.junit.jupiter.api.Assertions.assertFalse(foreignBody.contains(owner), "the owner is not named");
    }

    @Test
    void aSupervisorWritesNothing() {
        String county = Fixtures.agency();
        as(Tokens.supervisor(county)).contentType(ContentType.JSON).body(registration(county, "A-1"))
                .when().post(REQUESTS)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aReaderListsTheRequestsBehindAFigureWithoutPersonalDataButNoSingleRequest() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        as(Tokens.reader()).queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(agency));
        // the link of 本年新收 in a report: the requests counted, of an agency the reader is no clerk of
        String list = as(Tokens.reader()).queryParam("agency", agency).queryParam("receivedYear", 2018).when().get(REQUESTS)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1))
                .body("items[0].trackingNumber", equalTo("A-1"))
                .extract().asString();
        // Fixtures' applicant: 张三, 410100199001011231, 13800000000, 周口市川汇区 — none of it, not even masked
        for (String personal : new String[] {"张三", "张*", "410100199001011231", "4101**", "13800000000", "138****", "周口市",
                "\"applicant\"", "idNumber", "phone", "address"}) {
            assertFalse(list.contains(personal), "the reader's list shows " + personal + ": " + list);
        }
        as(Tokens.reader()).when().get(REQUESTS + "/" + id)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.reader()).when().get(REQUESTS + "/by-key/{agency}/{tracking}", agency, "A-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.reader()).when().get(REQUESTS + "/" + id + "/events")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.reader()).queryParam("agency", agency).when().get(REQUESTS + "/similar")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aReaderWritesNothing() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        String reader = Tokens.reader();
        as(reader).contentType(ContentType.JSON).body(registration(agency, "A-2"))
                .when().post(REQUESTS)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(reader).contentType("application/x-ndjson")
                .body(Fixtures.importLine(agency, "A-3", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null).getBytes(StandardCharsets.UTF_8))
                .when().post(REQUESTS + "/import")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(reader).contentType(ContentType.JSON).body("{\"reason\":\"x\",\"on\":\"2018-03-02\"}")
                .when().post(REQUESTS + "/" + id + "/withdraw")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.admin()).queryParam("agency", agency).when().get(REQUESTS)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1))
                .body("items[0].status", not(equalTo("WITHDRAWN")));
    }

    @Test
    void aSupervisorsStatisticsStayInItsSubtree() {
        String county = Fixtures.agency();
        String township = Fixtures.agency();
        String elsewhere = Fixtures.agency();
        Fixtures.inPerson(township, "A-1", "2018-03-01");
        Fixtures.inPerson(elsewhere, "A-1", "2018-03-01");
        String supervisor = Tokens.supervisor(county, township);
        as(supervisor).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(township))
                .body("agencies", not(hasKey(elsewhere)));
        as(supervisor).queryParam("agency", elsewhere).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theReportServiceReadsStatisticsOnly() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        as(Tokens.service()).queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(agency));
        as(Tokens.service()).when().get(REQUESTS + "/" + id).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void onlyAnAdminMaintainsTheCalendarWhichAnyTokenReads() {
        as(Tokens.clerk(Fixtures.agency())).contentType(ContentType.JSON).body("{\"holidays\":[],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2099")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.reader()).when().get("/api/v1/calendar/2019").then().statusCode(Status.OK.getStatusCode());
        given().auth().none().when().get("/api/v1/calendar/2019").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }
}
