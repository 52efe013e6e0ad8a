package cn.gov.opendata.report.trend;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.report.format.Submissions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The trend's rule of precedence: records of a year win, its published baseline stands in where nothing happened in
 * it (marked BASELINE, with only the figures a published report prints), a year with neither is a gap; and
 * who may read the figures and the baselines behind them (docs/SECURITY.md).
 * Submissions' published figures: 10 received, 9 concluded, 2 carried forward, 4 reconsiderations, 2 lawsuits.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class TrendTest {

    private static final String BASELINE = "/api/v1/baselines/{agency}/{year}";
    private static final String TREND = "/api/v1/trends/{agency}";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void putBaseline(String agency, int year, String scope) {
        given().contentType(ContentType.JSON).body(Map.of("format", "NATIONAL_2021", "tables", Submissions.json()))
                .when().put(BASELINE + "?scope=" + scope, agency, year)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    /** Records of {@code agency} in {@code year}: 3 items, 4 requests received from natural persons. */
    private static void records(String agency, int year) {
        Stubs.statistics("disclosure", year, Map.of(agency, Map.of("items", 3)));
        Stubs.statistics("application", year, Map.of(agency, Map.of(
                "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 4)),
                "concluded", Map.of("byOutcome", Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 4))))));
        Stubs.statistics("appeals", year, Map.of());
    }

    private static void noRecords(int year) {
        for (String source : new String[] {"disclosure", "application", "appeals"}) {
            Stubs.statistics(source, year, Map.of());
        }
    }

    @Test
    void recordsWinAPublishedBaselineStandsInOtherwiseAGap() {
        String agency = Stubs.code("t-trend");
        // the test's own year and the two before it (unique years are even: year - 2 is an earlier test's, done by
        // now; year + 1 could lie past the year policy's end)
        int year = Stubs.uniqueYear();
        Directory.put(agency, "趋势局", "DEPARTMENT", null);
        // the sources still name the agency (acts in force carry over from earlier years), but nothing happened
        noRecords(year - 2);
        Stubs.statistics("disclosure", year - 2, Map.of(agency, Map.of("items", 0,
                "normativeActs", Map.of("NORMATIVE_DOCUMENT", Map.of("inForce", 4)))));
        records(agency, year - 1);
        noRecords(year);
        putBaseline(agency, year - 1, "SELF");
        putBaseline(agency, year, "SELF");

        JsonPath trend = as(Tokens.reader()).when().get(TREND + "?scope=SELF&from={from}&to={to}", agency, year - 2, year)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals(3, trend.getList("years").size());
        assertEquals(year - 2, trend.getInt("years[0].year"));
        assertEquals("NONE", trend.getString("years[0].source"), "nothing happened and no baseline: a gap, not a zero");
        assertNull(trend.get("years[0].figures"));

        assertEquals("RECORDS", trend.getString("years[1].source"), "records win over the year's baseline");
        assertEquals(3, trend.getInt("years[1].figures.items"));
        assertEquals(4, trend.getInt("years[1].figures.received"));
        assertNull(trend.get("years[1].publishedFormat"));

        assertEquals("BASELINE", trend.getString("years[2].source"), "no records: the published figures stand in");
        assertEquals("NATIONAL_2021", trend.getString("years[2].publishedFormat"));
        assertEquals(10, trend.getInt("years[2].figures.received"));
        assertEquals(9, trend.getInt("years[2].figures.concluded"));
        assertEquals(2, trend.getInt("years[2].figures.carriedForward"));
        assertEquals(4, trend.getInt("years[2].figures.reconsiderations"));
        assertEquals(2, trend.getInt("years[2].figures.lawsuits"));
        assertNull(trend.get("years[2].figures.items"), "the national tables print no count of published items: null, not 0");
        assertNull(trend.get("years[2].figures.complaints"));

        // the baseline is the SELF report's: the subtree's trend does not borrow it
        as(Tokens.reader()).when().get(TREND + "?from={from}&to={to}", agency, year, year)
                .then().statusCode(Status.OK.getStatusCode()).body("scope", equalTo("SUBTREE"))
                .body("years[0].source", equalTo("NONE"));

        // removed, the year is a gap again
        given().when().delete(BASELINE + "?scope=SELF", agency, year).then().statusCode(Status.NO_CONTENT.getStatusCode());
        as(Tokens.reader()).when().get(TREND + "?scope=SELF&from={from}&to={to}", agency, year, year)
                .then().statusCode(Status.OK.getStatusCode()).body("years[0].source", equalTo("NONE"));
    }

    @Test
    void whoeverMayReadTheReportReadsTheBaselineOnlySupervisorsAndAdminsWriteIt() {
        String county = Stubs.code("t-trend");
        String elsewhere = Stubs.code("t-trend");
        Directory.put(county, "读取县", "COUNTY", null);
        Directory.put(elsewhere, "别处县", "COUNTY", null);
        int year = Stubs.uniqueYear();
        noRecords(year);
        Map<String, Object> body = Map.of("format", "NATIONAL_2021", "tables", Submissions.json());

        as(Tokens.reader()).contentType(ContentType.JSON).body(body).when().put(BASELINE, county, year)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        as(Tokens.clerk(county)).contentType(ContentType.JSON).body(body).when().put(BASELINE, county, year)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.supervisor(elsewhere)).contentType(ContentType.JSON).body(body).when().put(BASELINE, county, year)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.supervisor(county)).contentType(ContentType.JSON).body(body).when().put(BASELINE, county, year)
                .then().statusCode(Status.CREATED.getStatusCode());

        for (String token : new String[] {Tokens.reader(), Tokens.clerk(county), Tokens.supervisor(county), Tokens.admin()}) {
            as(token).when().get(BASELINE, county, year).then().statusCode(Status.OK.getStatusCode())
                    .body("tables.TABLE_3.RECEIVED.TOTAL", equalTo(10));
            as(token).when().get(TREND + "?from={y}&to={y}", county, year, year).then().statusCode(Status.OK.getStatusCode())
                    .body("years[0].source", equalTo("BASELINE")).body("years[0].figures.received", equalTo(10));
        }
        for (String token : new String[] {Tokens.clerk(elsewhere), Tokens.supervisor(elsewhere)}) {
            as(token).when().get(BASELINE, county, year).then().statusCode(Status.FORBIDDEN.getStatusCode());
            as(token).when().get(TREND, county).then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        as(Tokens.reader()).when().delete(BASELINE, county, year).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.clerk(county)).when().delete(BASELINE, county, year).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Tokens.reader()).when().get(BASELINE, county, year).then().statusCode(Status.OK.getStatusCode());
        given().auth().none().when().get(TREND, county).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void badRangesAreProblemsNamingTheField() {
        String agency = Stubs.code("t-trend");
        Directory.put(agency, "范围局", "DEPARTMENT", null);
        given().when().get(TREND + "?from=2025&to=2024", agency).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("from"));
        given().when().get(TREND + "?from=2000&to=2030", agency).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("from"));
        given().when().get(TREND + "?to=next", agency).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("to"));
        given().when().get(TREND + "?from=1999", agency).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("from"));
        given().when().get(TREND + "?scope=ALL", agency).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().when().get(TREND, "t-no-such-agency").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
