package cn.gov.opendata.appeals.security;

import cn.gov.opendata.platform.security.Roles;
import cn.gov.opendata.platform.testing.TestDirectory;
import cn.gov.opendata.platform.testing.TestKeys;
import cn.gov.opendata.platform.testing.Tokens;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.complaint;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/** The rules of docs/SECURITY.md as they apply to the appeals-service; the key pair is made for the whole module. */
@QuarkusTest
@WithTestResource(value = TestKeys.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestDirectory.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static final String CASES = "/api/v1/reconsiderations";
    private static final String CASE = CASES + "/{agency}/{caseNumber}";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void recordCase(String agency, String caseNumber) {
        given().contentType(ContentType.JSON).body(reconsideration(agency, caseNumber, "2018-03-01", null, null))
                .when().put(CASE, agency, caseNumber)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void aRequestWithoutTokenIsUnauthorizedProblemJson() {
        given().auth().none()
                .when().get(CASES)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void aWriteWithoutTokenIsUnauthorizedAndWritesNothing() {
        String agency = agency();
        given().auth().none().contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", null, null))
                .when().put(CASE, agency, "FY-1")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(CASE, agency, "FY-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        as(Tokens.expiredAdmin())
                .when().get(CASES)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(401));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        as(Tokens.adminSignedByAnotherKey())
                .when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() {
        as(Tokens.adminFromAnotherIssuer())
                .when().get(CASES)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aMalformedTokenIsUnauthorized() {
        as("not-a-jwt")
                .when().get(CASES)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aClerkWritesAndReadsItsOwnAgency() {
        String agency = agency();
        as(Tokens.clerk(agency)).contentType(ContentType.JSON).body(reconsideration(agency, "FY-1", "2018-03-01", null, null))
                .when().put(CASE, agency, "FY-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        as(Tokens.clerk(agency)).when().get(CASE, agency, "FY-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("caseNumber", equalTo("FY-1"));
    }

    @Test
    void aClerkWritingAnotherAgencysRecordIsForbiddenAndNothingIsWritten() {
        String own = agency();
        String other = agency();
        as(Tokens.clerk(own)).contentType(ContentType.JSON).body(reconsideration(other, "FY-1", "2018-03-01", null, null))
                .when().put(CASE, other, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("detail", containsString(other));
        given().when().get(CASE, other, "FY-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void aClerkCannotCreateOrDeleteAnotherAgencysRecords() {
        String own = agency();
        String other = agency();
        recordCase(other, "FY-1");
        as(Tokens.clerk(own)).contentType(ContentType.JSON).body(complaint(other, "JB-1", "2018-03-01"))
                .when().post("/api/v1/complaints")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.clerk(own)).when().delete(CASE, other, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().when().get(CASE, other, "FY-1").then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aClerksImportWithALineOfAnotherAgencyIsForbiddenAndWritesNothing() {
        String own = agency();
        String other = agency();
        String lines = """
                {"agency":"%s","caseNumber":"FY-1","filedOn":"2018-03-01"}
                {"agency":"%s","caseNumber":"FY-2","filedOn":"2018-03-01"}
                """.formatted(own, other);
        as(Tokens.clerk(own)).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post(CASES + "/import")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(other));
        given().queryParam("agency", own).when().get(CASES).then().body("total", equalTo(0));
    }

    @Test
    void aClerksListShowsOnlyItsOwnAgencyAndAnotherAgencyIsForbidden() {
        String own = agency();
        String other = agency();
        recordCase(own, "FY-1");
        recordCase(other, "FY-1");
        as(Tokens.clerk(own)).when().get(CASES)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.agency", everyItem(equalTo(own)))
                .body("total", equalTo(1));
        as(Tokens.clerk(own)).queryParam("agency", other).when().get(CASES)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.clerk(own)).when().get(CASE, other, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aSupervisorReadsItsSubtreeButNothingOutsideIt() {
        String county = agency();
        String township = agency();
        String elsewhere = agency();
        recordCase(township, "FY-1");
        recordCase(elsewhere, "FY-1");
        String supervisor = Tokens.supervisor(county, township);
        as(supervisor).when().get(CASE, township, "FY-1").then().statusCode(Status.OK.getStatusCode());
        as(supervisor).when().get(CASES)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.agency", everyItem(oneOf(county, township)))
                .body("total", equalTo(1));
        as(supervisor).when().get(CASE, elsewhere, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(supervisor).queryParam("agency", elsewhere).when().get(CASES)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aSupervisorWritesNothing() {
        String county = agency();
        as(Tokens.supervisor(county)).contentType(ContentType.JSON).body(reconsideration(county, "FY-1", "2018-03-01", null, null))
                .when().put(CASE, county, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aSupervisorsStatisticsCoverItsSubtreeOnly() {
        String county = agency();
        String township = agency();
        String elsewhere = agency();
        recordCase(township, "FY-1");
        recordCase(elsewhere, "FY-1");
        String supervisor = Tokens.supervisor(county, township);
        as(supervisor).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(township))
                .body("agencies", not(hasKey(elsewhere)));
        as(supervisor).queryParam("agency", elsewhere).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(elsewhere));
    }

    @Test
    void aReaderGetsStatisticsAndTheListsBehindFiguresButNoSingleRecord() {
        String agency = agency();
        recordCase(agency, "FY-1");
        given().contentType(ContentType.JSON).body(lawsuit(agency, "LS-1", "DIRECT", "2018-03-01", null, null))
                .when().put("/api/v1/lawsuits/{agency}/{caseNumber}", agency, "LS-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(complaint(agency, "TS-1", "2018-03-01"))
                .when().put("/api/v1/complaints/{agency}/{referenceNumber}", agency, "TS-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        as(Tokens.reader()).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(agency));
        // the links of a report's 表四 and 举报投诉 figures: the cases counted, of any agency
        for (String list : List.of(CASES, "/api/v1/lawsuits", "/api/v1/complaints")) {
            as(Tokens.reader()).queryParam("agency", agency).queryParam(list.endsWith("complaints") ? "year" : "filedYear", 2018)
                    .when().get(list)
                    .then().statusCode(Status.OK.getStatusCode())
                    .body("total", equalTo(1))
                    .body("items.agency", everyItem(equalTo(agency)));
        }
        as(Tokens.reader()).when().get(CASES).then().statusCode(Status.OK.getStatusCode());
        as(Tokens.reader()).when().get(CASE, agency, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aReaderWritesNothing() {
        String agency = agency();
        recordCase(agency, "FY-1");
        String reader = Tokens.reader();
        Map<String, Object> body = reconsideration(agency, "FY-2", "2018-03-01", null, null);
        as(reader).contentType(ContentType.JSON).body(body).when().post(CASES)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(reader).contentType(ContentType.JSON).body(body).when().put(CASE, agency, "FY-2")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(reader).when().delete(CASE, agency, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(reader).contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8)).when().post(CASES + "/import")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(reader).contentType(ContentType.JSON).body(lawsuit(agency, "LS-9", "DIRECT", "2018-03-01", null, null))
                .when().post("/api/v1/lawsuits")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(reader).contentType(ContentType.JSON).body(complaint(agency, "TS-9", "2018-03-01"))
                .when().post("/api/v1/complaints")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(Tokens.admin()).queryParam("agency", agency).when().get(CASES)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1))
                .body("items[0].caseNumber", equalTo("FY-1"));
    }

    @Test
    void theReportServiceReadsStatisticsAndNothingElse() {
        String agency = agency();
        recordCase(agency, "FY-1");
        as(Tokens.service()).queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies." + "'" + agency + "'.reconsiderations.PENDING", equalTo(1));
        as(Tokens.service()).when().get(CASE, agency, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aClerkGetsItsOwnAgencysStatisticsOnly() {
        String own = agency();
        recordCase(own, "FY-1");
        as(Tokens.clerk(own)).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.size()", equalTo(1))
                .body("agencies." + "'" + own + "'.reconsiderations.PENDING", equalTo(1));
        as(Tokens.clerk(own)).queryParam("agency", agency()).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aSupervisorWithoutAgencySeesNoStatistics() {
        recordCase(agency(), "FY-1");
        as(Tokens.token("orphan", List.of(Roles.SUPERVISOR), null))
                .when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.size()", equalTo(0));
    }
}
