package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list filters behind table 二's act cells: issued, repealed, in force at the year end and published by it, each
 * listing exactly what the statistics count, over several agencies at once.
 */
@QuarkusTest
class ActListFiltersTest {

    private static void act(String agency, String index, String issuedOn, String repealedOn, String publishedAt) {
        Map<String, Object> item = TestData.item(agency, index);
        item.put("category", "NORMATIVE_DOCUMENT");
        item.put("publishedAt", publishedAt);
        item.put("channels", List.of("WEBSITE"));
        item.put("issuedOn", issuedOn);
        item.put("repealedOn", repealedOn);
        given().contentType(ContentType.JSON).body(item)
                .when().put("/api/v1/disclosures/" + agency + "/" + index)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    private static long total(String... query) {
        var request = given();
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/disclosures").then().statusCode(Status.OK.getStatusCode())
                .extract().jsonPath().getLong("total");
    }

    @Test
    void actFiltersListWhatTheStatisticsCount() {
        String a = "t-acts-" + System.nanoTime() % 1_000_000;
        String b = a + "-b";
        act(a, "a/1", "2017-05-01", null, "2017-05-03T10:00:00+08:00");
        act(a, "a/2", "2018-02-01", "2019-06-30", "2018-02-02T10:00:00+08:00");
        act(a, "a/3", "2019-03-01", null, "2019-03-02T10:00:00+08:00");
        // issued at the end of 2019, published in 2020
        act(a, "a/4", "2019-12-30", null, "2020-01-06T10:00:00+08:00");
        act(b, "b/1", "2016-01-01", "2019-01-01", "2016-01-02T10:00:00+08:00");

        String[] both = {"agency", a, "agency", b, "category", "NORMATIVE_DOCUMENT"};
        JsonPath stats = given().queryParam("agency", a, b).when().get("/api/v1/statistics/2019")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        long issued = stats.getLong("agencies.'" + a + "'.normativeActs.NORMATIVE_DOCUMENT.issued");
        long repealed = stats.getLong("agencies.'" + a + "'.normativeActs.NORMATIVE_DOCUMENT.repealed")
                + stats.getLong("agencies.'" + b + "'.normativeActs.NORMATIVE_DOCUMENT.repealed");
        long inForce = stats.getLong("agencies.'" + a + "'.normativeActs.NORMATIVE_DOCUMENT.inForce")
                + stats.getLong("agencies.'" + b + "'.normativeActs.NORMATIVE_DOCUMENT.inForce");
        long publishedTotal = stats.getLong("agencies.'" + a + "'.normativeActs.NORMATIVE_DOCUMENT.publishedTotal")
                + stats.getLong("agencies.'" + b + "'.normativeActs.NORMATIVE_DOCUMENT.publishedTotal");
        assertEquals(2, issued);
        assertEquals(2, repealed);
        assertEquals(3, inForce);
        assertEquals(4, publishedTotal);
        assertEquals(issued, total(both[0], both[1], both[2], both[3], both[4], both[5], "issuedYear", "2019"));
        assertEquals(repealed, total(both[0], both[1], both[2], both[3], both[4], both[5], "repealedYear", "2019"));
        assertEquals(inForce, total(both[0], both[1], both[2], both[3], both[4], both[5], "inForceAtEndOf", "2019"));
        assertEquals(publishedTotal, total(both[0], both[1], both[2], both[3], both[4], both[5], "publishedBy", "2019"));
        assertEquals(1, total("agency", a, "category", "NORMATIVE_DOCUMENT", "year", "2019"));
        given().queryParam("inForceAtEndOf", "20190").when().get("/api/v1/disclosures")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("inForceAtEndOf"));
    }
}
