package cn.gov.opendata.disclosure.statistics;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DisclosureStatisticsTest {

    static void create(Map<String, Object> item) {
        given().contentType(ContentType.JSON).body(item).when().post("/api/v1/disclosures")
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    static ValidatableResponse statistics(int year, String... agencies) {
        return given().queryParam("agency", (Object[]) agencies).when().get("/api/v1/statistics/" + year)
                .then().statusCode(Status.OK.getStatusCode()).body("year", equalTo(year));
    }

    @Test
    void oneItemOnThreeChannelsCountsOnceInItemsAndOnceInEachChannel() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "C3-1");
        item.put("channels", List.of("GAZETTE", "WEBSITE", "WECHAT"));
        create(item);
        String a = "agencies." + agency;
        statistics(2018, agency)
                .body(a + ".items", equalTo(1))
                .body(a + ".channels", aMapWithSize(3))
                .body(a + ".channels.GAZETTE", equalTo(1))
                .body(a + ".channels.WEBSITE", equalTo(1))
                .body(a + ".channels.WECHAT", equalTo(1))
                .body(a + ".categories", aMapWithSize(1))
                .body(a + ".categories.NOTICE", equalTo(1))
                .body(a + ".tallies", aMapWithSize(0))
                .body(a + ".talliesNotApplicable.size()", equalTo(0));
    }

    @Test
    void actIssuedInOneYearAndRepealedInTheNext() {
        String agency = TestData.agency();
        create(TestData.act(agency, "REG-1", "REGULATION", "2018-04-01", "2019-06-30"));
        String reg = "agencies." + agency + ".normativeActs.REGULATION";
        statistics(2018, agency)
                .body(reg + ".issued", equalTo(1)).body(reg + ".repealed", equalTo(0)).body(reg + ".inForce", equalTo(1))
                .body("agencies." + agency + ".normativeActs.NORMATIVE_DOCUMENT.inForce", equalTo(0));
        statistics(2019, agency)
                .body(reg + ".issued", equalTo(0)).body(reg + ".repealed", equalTo(1)).body(reg + ".inForce", equalTo(0));
        statistics(2017, agency).body("agencies", not(hasKey(agency)));
    }

    @Test
    void actInForceCountsInLaterYearsWhateverItsPublicationYear() {
        String agency = TestData.agency();
        create(TestData.act(agency, "ND-1", "NORMATIVE_DOCUMENT", "2015-01-10", null));
        Map<String, Object> repealedAtYearEnd = TestData.act(agency, "ND-2", "NORMATIVE_DOCUMENT", "2016-01-10", "2020-12-31");
        create(repealedAtYearEnd);
        String nd = "agencies." + agency + ".normativeActs.NORMATIVE_DOCUMENT";
        statistics(2020, agency)
                .body("agencies." + agency + ".items", equalTo(0))
                .body(nd + ".issued", equalTo(0)).body(nd + ".repealed", equalTo(1)).body(nd + ".inForce", equalTo(1));
        statistics(2019, agency).body(nd + ".inForce", equalTo(2));
    }

    @Test
    void theYearIsTheCalendarYearInChinaTime() {
        String agency = TestData.agency();
        Map<String, Object> lastSecond = TestData.item(agency, "B-2018");
        lastSecond.put("publishedAt", "2018-12-31T23:59:59+08:00");
        Map<String, Object> newYearInChina = TestData.item(agency, "B-2019");
        newYearInChina.put("publishedAt", "2018-12-31T16:00:00Z");
        create(lastSecond);
        create(newYearInChina);
        statistics(2018, agency).body("agencies." + agency + ".items", equalTo(1));
        statistics(2019, agency).body("agencies." + agency + ".items", equalTo(1));
        given().queryParam("agency", agency).queryParam("year", 2019).when().get("/api/v1/disclosures")
                .then().body("items.indexNumber", contains("B-2019"))
                .body("items[0].publishedAt", equalTo("2019-01-01T00:00:00+08:00"));
    }

    @Test
    void agencyWithOnlyTalliesAppears() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("LICENSING_DECISIONS", "1200", "PENALTY_DECISIONS", "310",
                        "FEES_COLLECTED_10K_YUAN", "12.5"), "notApplicable", List.of("COERCION_DECISIONS")))
                .when().put("/api/v1/tallies/" + agency + "/2018")
                .then().statusCode(Status.CREATED.getStatusCode());
        String a = "agencies." + agency;
        statistics(2018, agency)
                .body(a + ".items", equalTo(0))
                .body(a + ".channels", aMapWithSize(0))
                .body(a + ".categories", aMapWithSize(0))
                .body(a + ".normativeActs.REGULATION.inForce", equalTo(0))
                .body(a + ".tallies.LICENSING_DECISIONS", equalTo(1200))
                .body(a + ".tallies.PENALTY_DECISIONS", equalTo(310))
                .body(a + ".tallies.FEES_COLLECTED_10K_YUAN", equalTo("12.50"))
                .body(a + ".tallies", not(hasKey("COERCION_DECISIONS")))
                .body(a + ".talliesNotApplicable", contains("COERCION_DECISIONS"));
        statistics(2019, agency).body("agencies", not(hasKey(agency)));
    }

    @Test
    void notApplicableIsDistinctFromZero() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "0")).when()
                .put("/api/v1/tallies/" + agency + "/2018/PENALTY_DECISIONS").then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("value", "0")).when()
                .put("/api/v1/tallies/" + agency + "/2018/FEES_COLLECTED_10K_YUAN").then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("notApplicable", true)).when()
                .put("/api/v1/tallies/" + agency + "/2018/LICENSING_DECISIONS").then().statusCode(Status.CREATED.getStatusCode());
        String a = "agencies." + agency;
        statistics(2018, agency)
                .body(a + ".tallies.PENALTY_DECISIONS", equalTo(0))
                .body(a + ".tallies.FEES_COLLECTED_10K_YUAN", equalTo("0.00"))
                .body(a + ".tallies.LICENSING_DECISIONS", nullValue())
                .body(a + ".talliesNotApplicable", contains("LICENSING_DECISIONS"));
    }

    @Test
    void figuresFollowReplaceAndDelete() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "U-1");
        item.put("channels", List.of("WEBSITE", "WEIBO"));
        create(item);
        create(TestData.item(agency, "U-2"));
        String a = "agencies." + agency;
        statistics(2018, agency).body(a + ".items", equalTo(2)).body(a + ".channels.WEBSITE", equalTo(2))
                .body(a + ".channels.WEIBO", equalTo(1));

        item.put("channels", List.of("OTHER"));
        item.put("category", "PLANNING");
        item.put("version", 0);
        given().contentType(ContentType.JSON).body(item).when().put("/api/v1/disclosures/" + agency + "/U-1")
                .then().statusCode(Status.OK.getStatusCode());
        statistics(2018, agency).body(a + ".items", equalTo(2))
                .body(a + ".channels.WEBSITE", equalTo(1))
                .body(a + ".channels", not(hasKey("WEIBO")))
                .body(a + ".channels.OTHER", equalTo(1))
                .body(a + ".categories.PLANNING", equalTo(1))
                .body(a + ".categories.NOTICE", equalTo(1));

        item.put("publishedAt", "2020-05-05T12:00:00+08:00");
        item.put("version", 1);
        given().contentType(ContentType.JSON).body(item).when().put("/api/v1/disclosures/" + agency + "/U-1")
                .then().statusCode(Status.OK.getStatusCode());
        statistics(2018, agency).body(a + ".items", equalTo(1)).body(a + ".channels", not(hasKey("OTHER")));
        statistics(2020, agency).body(a + ".items", equalTo(1)).body(a + ".channels.OTHER", equalTo(1));

        given().when().delete("/api/v1/disclosures/" + agency + "/U-2").then().statusCode(Status.NO_CONTENT.getStatusCode());
        statistics(2018, agency).body("agencies", not(hasKey(agency)));
    }

    @Test
    void deletingAnActRemovesItFromTheActFigures() {
        String agency = TestData.agency();
        create(TestData.act(agency, "R-9", "REGULATION", "2018-01-01", null));
        given().when().delete("/api/v1/disclosures/" + agency + "/R-9").then().statusCode(Status.NO_CONTENT.getStatusCode());
        statistics(2018, agency).body("agencies", not(hasKey(agency)));
        statistics(2030, agency).body("agencies", not(hasKey(agency)));
    }

    @Test
    void agencyParameterNarrowsTheAnswer() {
        String first = TestData.agency();
        String second = TestData.agency();
        String third = TestData.agency();
        create(TestData.item(first, "A-1"));
        create(TestData.item(second, "A-1"));
        create(TestData.item(third, "A-1"));
        statistics(2018, first, second)
                .body("agencies", aMapWithSize(2))
                .body("agencies", hasKey(first)).body("agencies", hasKey(second));
        statistics(2018).body("agencies", hasKey(third));
    }

    @Test
    void theListWithACellsFiltersListsExactlyTheItemsCountedInIt() {
        String agency = TestData.agency();
        Map<String, Object> both = TestData.item(agency, "P-1");
        both.put("channels", List.of("WEBSITE", "GAZETTE"));
        Map<String, Object> gazetteOnly = TestData.item(agency, "P-2");
        gazetteOnly.put("channels", List.of("GAZETTE"));
        gazetteOnly.put("category", "POLICY_INTERPRETATION");
        Map<String, Object> otherYear = TestData.item(agency, "P-3");
        otherYear.put("publishedAt", "2017-12-31T15:59:59Z");
        create(both);
        create(gazetteOnly);
        create(otherYear);
        String a = "agencies." + agency;
        statistics(2018, agency).body(a + ".channels.GAZETTE", equalTo(2)).body(a + ".channels.WEBSITE", equalTo(1))
                .body(a + ".categories.POLICY_INTERPRETATION", equalTo(1));
        given().queryParam("agency", agency).queryParam("year", 2018).queryParam("channel", "GAZETTE").when().get("/api/v1/disclosures")
                .then().body("total", equalTo(2)).body("items.indexNumber", contains("P-1", "P-2"));
        given().queryParam("agency", agency).queryParam("year", 2018).queryParam("channel", "WEBSITE").when().get("/api/v1/disclosures")
                .then().body("total", equalTo(1)).body("items.indexNumber", contains("P-1"));
        given().queryParam("agency", agency).queryParam("year", 2018).queryParam("category", "POLICY_INTERPRETATION")
                .when().get("/api/v1/disclosures")
                .then().body("total", equalTo(1)).body("items.indexNumber", contains("P-2"));
    }

    @Test
    void invalidYearOrAgencyIsBadRequest() {
        given().when().get("/api/v1/statistics/99999").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().queryParam("agency", "NOT VALID").when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }
}
