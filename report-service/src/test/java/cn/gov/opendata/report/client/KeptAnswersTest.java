package cn.gov.opendata.report.client;

import cn.gov.opendata.report.agency.Directory;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A source's statistics answer is kept with its ETag and asked for again with If-None-Match: on 304 the kept
 * answer makes the report; on a new answer (a changed source) the new figures do.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class KeptAnswersTest {

    private static void answer(String url, String ifNoneMatch, int items, String etag) {
        WireMockSources.server().stubFor(get(urlPathEqualTo(url))
                .withHeader("If-None-Match", ifNoneMatch == null ? absent() : equalTo(ifNoneMatch))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("ETag", etag)
                        .withBody("{\"year\":0,\"agencies\":{\"" + AGENCY + "\":{\"items\":" + items + "}}}")));
    }

    private static final String AGENCY = Stubs.code("t-etag");

    private static String items(int year) {
        return given().when().get("/api/v1/reports/" + AGENCY + "/" + year + "?scope=SELF&format=LEGACY_2008")
                .then().statusCode(200).extract().jsonPath()
                .getString("sections.find { it.code == 'PROACTIVE' }.paragraphs[0].text");
    }

    @Test
    void unchangedAnswersAreNotSentAgainAndChangedOnesAreUsed() {
        Directory.put(AGENCY, "缓存局", "DEPARTMENT", null);
        int year = Stubs.uniqueYear();
        for (int y : List.of(year, year - 1)) {
            Stubs.statistics("application", y, Map.of());
            Stubs.statistics("appeals", y, Map.of());
        }
        Stubs.statistics("disclosure", year - 1, Map.of());
        String url = "/disclosure/api/v1/statistics/" + year;
        answer(url, null, 1234, "\"g1\"");
        WireMockSources.server().stubFor(get(urlPathEqualTo(url)).withHeader("If-None-Match", equalTo("\"g1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"g1\"")));

        String first = items(year);
        String second = items(year);
        assertEquals(first, second);
        List<LoggedRequest> asked = WireMockSources.server().findAll(getRequestedFor(urlPathEqualTo(url)));
        assertEquals(2, asked.size());
        assertNull(asked.get(0).getHeader("If-None-Match"));
        assertEquals("\"g1\"", asked.get(1).getHeader("If-None-Match"));
        assertEquals(true, first.contains("1234"), first);

        // the source changed: it answers the old ETag with new figures and a new ETag
        answer(url, "\"g1\"", 4321, "\"g2\"");
        String third = items(year);
        assertEquals(true, third.contains("4321"), third);
    }
}
