package cn.gov.opendata.disclosure.security;

import cn.gov.opendata.platform.testing.TestDirectory;
import cn.gov.opendata.platform.testing.TestKeys;
import cn.gov.opendata.platform.testing.Tokens;

import cn.gov.opendata.platform.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import static cn.gov.opendata.disclosure.TestData.agency;
import static cn.gov.opendata.disclosure.TestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The rules of docs/SECURITY.md as they apply to disclosures and tallies; the key pair is made for the whole module. */
@QuarkusTest
@WithTestResource(value = TestKeys.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestDirectory.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static final String ITEM = "/api/v1/disclosures/{agency}/{indexNumber}";
    private static final String TALLIES = "/api/v1/tallies/{agency}/2018";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void record(String agency, String indexNumber) {
        given().contentType(ContentType.JSON).body(item(agency, indexNumber))
                .when().put(ITEM, agency, indexNumber)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    private static Map<String, Object> sheet() {
        return Map.of("values", Map.of("LICENSING_DECISIONS", "12"), "notApplicable", List.of());
    }

    @Test
    void thePublicReadsTheDisclosureListAndItemsWithoutAToken() {
        String agency = agency();
        record(agency, "A-1");
        given().auth().none().queryParam("agency", agency).when().get("/api/v1/disclosures")
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1));
        given().auth().none().when().get(ITEM, agency, "A-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("indexNumber", equalTo("A-1"));
    }

    @Test
    void writingWithoutATokenIsUnauthorizedProblemJson() {
        String agency = agency();
        given().auth().none().contentType(ContentType.JSON).body(item(agency, "A-1"))
                .when().put(ITEM, agency, "A-1")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().none().when().get(ITEM, agency, "A-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void expiredOrForeignTokensAreUnauthorized() {
        for (String token : new String[] {Tokens.expiredAdmin(), Tokens.adminSignedByAnotherKey(), Tokens.adminFromAnotherIssuer()}) {
            as(token).when().get("/api/v1/statistics/2018")
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void aClerkWritesItsOwnAgencyOnly() {
        String own = agency();
        String other = agency();
        as(Tokens.clerk(own)).contentType(ContentType.JSON).body(item(own, "A-1"))
                .when().put(ITEM, own, "A-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        as(Tokens.clerk(own)).contentType(ContentType.JSON).body(item(other, "A-1"))
                .when().put(ITEM, other, "A-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(other));
        as(Tokens.clerk(own)).contentType(ContentType.JSON).body(item(other, "A-2"))
                .when().post("/api/v1/disclosures")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().none().queryParam("agency", other).when().get("/api/v1/disclosures").then().body("total", equalTo(0));
    }

    @Test
    void aClerkCannotDeleteAnotherAgencysItem() {
        String other = agency();
        record(other, "A-1");
        as(Tokens.clerk(agency())).when().delete(ITEM, other, "A-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().none().when().get(ITEM, other, "A-1").then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aClerksImportWithALineOfAnotherAgencyIsForbiddenAndWritesNothing() throws Exception {
        String own = agency();
        String other = agency();
        ObjectMapper json = new ObjectMapper();
        String lines = json.writeValueAsString(item(own, "A-1")) + "\n" + json.writeValueAsString(item(other, "A-2")) + "\n";
        as(Tokens.clerk(own)).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/disclosures/import")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(other));
        given().auth().none().queryParam("agency", own).when().get("/api/v1/disclosures").then().body("total", equalTo(0));
    }

    @Test
    void tallySheetsAreWrittenByTheClerkAndReadInTheSubtree() {
        String county = agency();
        String township = agency();
        as(Tokens.clerk(township)).contentType(ContentType.JSON).body(sheet())
                .when().put(TALLIES, township)
                .then().statusCode(Status.CREATED.getStatusCode());
        as(Tokens.clerk(county)).contentType(ContentType.JSON).body(sheet())
                .when().put(TALLIES, township)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.supervisor(county, township)).when().get(TALLIES, township)
                .then().statusCode(Status.OK.getStatusCode());
        as(Tokens.supervisor(agency())).when().get(TALLIES, township)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.supervisor(county, township)).contentType(ContentType.JSON).body(sheet())
                .when().put(TALLIES, township)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.reader()).when().get(TALLIES, township)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void statisticsAreForReadersTheServiceAndSupervisorsWithinTheirSubtree() {
        String county = agency();
        String township = agency();
        String elsewhere = agency();
        record(township, "A-1");
        record(elsewhere, "A-1");
        as(Tokens.reader()).queryParam("agency", elsewhere).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(elsewhere));
        as(Tokens.service()).queryParam("agency", township).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(township));
        String supervisor = Tokens.supervisor(county, township);
        as(supervisor).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(township))
                .body("agencies", not(hasKey(elsewhere)));
        as(supervisor).queryParam("agency", elsewhere).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.clerk(township)).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies", hasKey(township))
                .body("agencies", not(hasKey(elsewhere)));
        as(Tokens.clerk(township)).queryParam("agency", elsewhere).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().none().when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }
}
