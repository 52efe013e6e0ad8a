package cn.gov.opendata.report.assembly;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appeals cases naming a request the application-service has no record of are a WARNING on the report (issue 19);
 * the question goes to the application-service only when some case of the scope names a request, and a report that
 * cannot get the answer is a 503 naming the application-service, as for its statistics. One report year for the class
 * (the appeals answer of the year holds every test's agencies); each test has its own agencies and request numbers.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class RequestReferenceCheckTest {

    private static final String EXISTS = "/application/api/v1/requests/exists";
    private static int year;
    private static final Map<String, Object> APPEALS = new LinkedHashMap<>();

    private static String known;
    private static String unknown;
    private static String city;
    private static String county;
    private static String unanswered;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    /** Once per class, from the first test: the directory is written through the API, which a static @BeforeAll cannot reach yet. */
    @BeforeEach
    void appealsOfTheYear() {
        if (year != 0) {
            return;
        }
        year = Stubs.uniqueYear();
        known = agency("t-ref-known", null);
        cases(known, reference("RECONSIDERATION", "FY-1", known, "YSQ-1"));
        unknown = agency("t-ref-unknown", null);
        cases(unknown, reference("RECONSIDERATION", "FY-1", unknown, "YSQ-1"),
                reference("LAWSUIT", "SS-9", unknown, "YSQ-404"));
        city = agency("t-ref-city", null);
        county = agency("t-ref-county", city);
        cases(county, reference("LAWSUIT", "SS-1", county, "YSQ-405"));
        unanswered = agency("t-ref-down", null);
        cases(unanswered, reference("LAWSUIT", "SS-1", unanswered, "YSQ-1"));
        Stubs.statistics("appeals", year, APPEALS);

        unknownAnswer(unknown, "YSQ-404");
        unknownAnswer(county, "YSQ-405");
        WireMockSources.server().stubFor(post(urlPathEqualTo(EXISTS)).withRequestBody(containing("\"" + unanswered + "\""))
                .willReturn(aResponse().withStatus(Status.INTERNAL_SERVER_ERROR.getStatusCode())));
    }

    private static String agency(String prefix, String parent) {
        String code = Stubs.code(prefix);
        Directory.put(code, "引用局", parent == null ? "GOVERNMENT" : "DEPARTMENT", parent);
        return code;
    }

    private static Map<String, Object> reference(String kind, String caseNumber, String agency, String trackingNumber) {
        return Map.of("kind", kind, "caseNumber", caseNumber, "request", Map.of("agency", agency, "trackingNumber", trackingNumber));
    }

    @SafeVarargs
    private static void cases(String agency, Map<String, Object>... references) {
        APPEALS.put(agency, Map.of("reconsiderations", Map.of("UPHELD", 1), "lawsuits", Map.of(), "complaints", 0,
                "requestReferences", List.of(references)));
    }

    /** The application-service answers that this agency's request is not on record. */
    private static void unknownAnswer(String agency, String trackingNumber) {
        WireMockSources.server().stubFor(post(urlPathEqualTo(EXISTS)).withRequestBody(containing("\"" + agency + "\""))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"unknown\":[{\"agency\":\"" + agency + "\",\"trackingNumber\":\"" + trackingNumber + "\"}]}")));
    }

    private static JsonPath report(String agency, String scope) {
        return given().queryParam("scope", scope).when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    private static int asked(String agency) {
        return WireMockSources.server().findAll(postRequestedFor(urlPathEqualTo(EXISTS))
                .withRequestBody(containing("\"" + agency + "\""))).size();
    }

    @Test
    void aRequestOnRecordGivesNoWarningButWasAskedAbout() {
        JsonPath report = report(known, "SELF");
        assertFalse(report.getList("checks.code").contains("UNKNOWN_REQUEST_REFERENCE"), report.prettify());
        assertTrue(asked(known) > 0, "the application-service was asked about " + known + "'s request");
    }

    @Test
    void aRequestNotOnRecordIsAWarningNamingTheCaseAndTheRequest() {
        JsonPath report = report(unknown, "SELF");
        assertEquals("WARNING", report.getString("checks.find { it.code == 'UNKNOWN_REQUEST_REFERENCE' }.severity"));
        String message = report.getString("checks.find { it.code == 'UNKNOWN_REQUEST_REFERENCE' }.message");
        assertTrue(message.contains("1 件"), message);
        assertTrue(message.contains("行政诉讼 " + unknown + "/SS-9 → 申请 " + unknown + "/YSQ-404"), message);
        assertFalse(message.contains("FY-1"), "the case whose request is on record is not named: " + message);
    }

    @Test
    void aSubtreeReportWarnsAboutItsAgenciesCasesAndTheSelfReportOfTheTopDoesNot() {
        JsonPath subtree = report(city, "SUBTREE");
        assertTrue(subtree.getString("checks.find { it.code == 'UNKNOWN_REQUEST_REFERENCE' }.message")
                .contains(county + "/SS-1 → 申请 " + county + "/YSQ-405"), subtree.prettify());
        int askedBefore = asked(county);
        JsonPath self = report(city, "SELF");
        assertFalse(self.getList("checks.code").contains("UNKNOWN_REQUEST_REFERENCE"), self.prettify());
        assertEquals(askedBefore, asked(county), "a scope whose cases name no request asks nothing");
    }

    @Test
    void whenTheApplicationServiceCannotAnswerTheReportIsA503NamingIt() {
        given().queryParam("scope", "SELF").when().get("/api/v1/reports/" + unanswered + "/" + year)
                .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("application-service unavailable"))
                .body("detail", containsString("HTTP 500"));
    }
}
