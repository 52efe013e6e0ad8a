package cn.gov.opendata.report.security;

import cn.gov.opendata.platform.testing.TestKeys;
import cn.gov.opendata.platform.testing.Tokens;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/** The rules of docs/SECURITY.md as they apply to the directory, reports, exports and publishing. */
@QuarkusTest
@WithTestResource(value = TestKeys.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A county with one township, and another county elsewhere; returns {county, township, elsewhere}. */
    private static String[] tree() {
        String county = code();
        String township = code();
        String elsewhere = code();
        Directory.put(county, "测试县人民政府", "COUNTY", null);
        Directory.put(township, "测试镇人民政府", "TOWNSHIP", county);
        Directory.put(elsewhere, "另一县人民政府", "COUNTY", null);
        return new String[] {county, township, elsewhere};
    }

    @Test
    void aReportWithoutATokenIsUnauthorizedProblemJson() {
        String[] t = tree();
        given().auth().none().when().get("/api/v1/reports/{agency}/2018", t[0])
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().none().when().get("/api/v1/reports/{agency}/2018.html", t[0])
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().auth().none().when().get("/api/v1/exports/2018")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void expiredOrForeignTokensAreUnauthorized() {
        for (String token : new String[] {Tokens.expiredAdmin(), Tokens.adminSignedByAnotherKey(), Tokens.adminFromAnotherIssuer()}) {
            as(token).when().get("/api/v1/agencies")
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void thePublicReadsPublishedSnapshotsWithoutAToken() {
        String[] t = tree();
        as(Tokens.supervisor(t[0], t[1])).when().post("/api/v1/reports/{agency}/2018/publish", t[1])
                .then().statusCode(Status.CREATED.getStatusCode());
        given().auth().none().when().get("/api/v1/published/{agency}/2018", t[1])
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().none().when().get("/api/v1/published")
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void readersReadEveryReportAndTheSourcesSeeTheServiceTokenNotTheCallers() {
        String[] t = tree();
        int year = Stubs.UNSTUBBED_YEAR;
        as(Tokens.reader()).when().get("/api/v1/reports/{agency}/{year}", t[2], year)
                .then().statusCode(Status.OK.getStatusCode());
        as(Tokens.reader()).when().get("/api/v1/reports/{agency}/{year}.md", t[2], year)
                .then().statusCode(Status.OK.getStatusCode());
        for (String source : new String[] {"disclosure", "application", "appeals"}) {
            WireMockSources.server().verify(moreThanOrExactly(1), getRequestedFor(urlPathEqualTo("/" + source + "/api/v1/statistics/" + year))
                    .withHeader("Authorization", equalTo("Bearer test-service-token")));
        }
    }

    @Test
    void aSupervisorReadsAndPublishesItsSubtreeOnly() {
        String[] t = tree();
        String supervisor = Tokens.supervisor(t[0], t[1]);
        as(supervisor).when().get("/api/v1/reports/{agency}/2018", t[1]).then().statusCode(Status.OK.getStatusCode());
        as(supervisor).when().get("/api/v1/reports/{agency}/2018", t[2])
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(t[2]));
        as(supervisor).when().get("/api/v1/reports/{agency}/2018.docx", t[2])
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(supervisor).when().post("/api/v1/reports/{agency}/2018/publish", t[2])
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().none().when().get("/api/v1/published/{agency}/2018", t[2])
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void clerksAndReadersDoNotPublishAndClerksReadTheirOwnAgencysReportOnly() {
        String[] t = tree();
        as(Tokens.reader()).when().post("/api/v1/reports/{agency}/2018/publish", t[0])
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.clerk(t[0])).when().post("/api/v1/reports/{agency}/2018/publish", t[0])
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.clerk(t[0])).when().get("/api/v1/reports/{agency}/2018", t[0])
                .then().statusCode(Status.OK.getStatusCode());
        as(Tokens.clerk(t[0])).when().get("/api/v1/reports/{agency}/2018", t[1])
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aSupervisorsExportHoldsItsSubtreeOnly() {
        String[] t = tree();
        as(Tokens.supervisor(t[0], t[1])).when().get("/api/v1/exports/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.code", everyItem(oneOf(t[0], t[1])))
                .body("agencies.code", hasItem(t[1]));
        as(Tokens.reader()).when().get("/api/v1/exports/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.code", hasItem(t[2]));
        as(Tokens.clerk(t[1])).when().get("/api/v1/exports/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies.code", everyItem(org.hamcrest.Matchers.equalTo(t[1])));
    }

    @Test
    void narrativesAreWrittenByTheAgencysClerkOnly() {
        String[] t = tree();
        Map<String, Object> text = Map.of("text", "本年度政府信息公开工作概述。");
        as(Tokens.clerk(t[1])).contentType(ContentType.JSON).body(text)
                .when().put("/api/v1/narratives/{agency}/2018/OVERVIEW", t[1])
                .then().statusCode(Status.CREATED.getStatusCode());
        as(Tokens.clerk(t[2])).contentType(ContentType.JSON).body(text)
                .when().put("/api/v1/narratives/{agency}/2018/OVERVIEW", t[1])
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        as(Tokens.supervisor(t[0], t[1])).when().get("/api/v1/narratives/{agency}/2018", t[1])
                .then().statusCode(Status.OK.getStatusCode());
        as(Tokens.supervisor(t[0], t[1])).contentType(ContentType.JSON).body(text)
                .when().put("/api/v1/narratives/{agency}/2018/OVERVIEW", t[1])
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.reader()).when().get("/api/v1/narratives/{agency}/2018", t[1])
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void anyTokenReadsTheDirectoryButOnlyAnAdminChangesIt() {
        String[] t = tree();
        as(Tokens.reader()).when().get("/api/v1/agencies/{code}/subtree", t[0])
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.code", hasItem(t[1]));
        as(Tokens.supervisor(t[0])).contentType(ContentType.JSON).body(Map.of("name", "改名", "kind", "COUNTY"))
                .when().put("/api/v1/agencies/{code}", code())
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().none().when().get("/api/v1/agencies")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        as(Tokens.clerk(t[0])).when().get("/api/v1/agencies")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.code", not(hasItem("no-such-agency")));
    }
}
