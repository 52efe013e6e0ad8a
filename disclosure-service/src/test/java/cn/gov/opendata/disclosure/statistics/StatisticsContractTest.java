package cn.gov.opendata.disclosure.statistics;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The disclosure-service's side of the statistics contract: the records below, counted by hand, answer exactly the
 * golden file contract/disclosure-statistics-2023.json that the report-service's client reads too.
 */
@QuarkusTest
class StatisticsContractTest {

    @Test
    void theAnswerForTheContractsRecordsIsTheGoldenFile() {
        // contract-a, 2023: a notice on the website and WeChat, a policy interpretation, a normative document issued
        // and published in 2023 (website and gazette)
        put(item("contract-a", "a/1", "NOTICE", "2023-03-02T09:30:00+08:00", List.of("WEBSITE", "WECHAT")));
        put(item("contract-a", "a/2", "POLICY_INTERPRETATION", "2023-06-01T10:00:00+08:00", List.of("WEBSITE")));
        Map<String, Object> issued = act("contract-a", "a/3", "NORMATIVE_DOCUMENT", "2023-02-01", null,
                "2023-02-03T08:00:00+08:00", List.of("WEBSITE", "GAZETTE"));
        put(issued);
        // older acts: one repealed in 2023 (repealed, no longer in force), one regulation still in force; both count in
        // publishedTotal (published up to the end of 2023) but not in published (in 2023)
        put(act("contract-a", "a/4", "NORMATIVE_DOCUMENT", "2021-05-01", "2023-09-01", "2021-05-02T08:00:00+08:00", List.of("WEBSITE")));
        put(act("contract-a", "a/5", "REGULATION", "2020-01-10", null, "2020-01-12T08:00:00+08:00", List.of("WEBSITE")));
        // published just outside 2023 in China time: they count in 2022 and 2024
        put(item("contract-a", "a/6", "NOTICE", "2022-12-31T23:30:00+08:00", List.of("WEBSITE")));
        put(item("contract-a", "a/7", "NOTICE", "2023-12-31T16:30:00Z", List.of("WEBSITE")));
        given().contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("LICENSING_DECISIONS", "12", "PENALTY_DECISIONS", "3",
                        "FEES_COLLECTED_10K_YUAN", "1.5", "OTHER_SERVICE_DECISIONS", "7", "LICENSING_ITEMS", "40",
                        "PROCUREMENT_PROJECTS", "2", "PROCUREMENT_AMOUNT_10K_YUAN", "123.4567"),
                        "notApplicable", List.of("COERCION_DECISIONS")))
                .when().put("/api/v1/tallies/contract-a/2023")
                .then().statusCode(Status.CREATED.getStatusCode());
        // the catalogues at the end of 2022: they start 2023's catalogue columns; 2022's decisions do not show in 2023
        given().contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("LICENSING_ITEMS", "38", "FEE_ITEMS", "5", "LICENSING_DECISIONS", "9")))
                .when().put("/api/v1/tallies/contract-a/2022")
                .then().statusCode(Status.CREATED.getStatusCode());
        // contract-b, 2023: one finance item on other channels only
        put(item("contract-b", "b/1", "FINANCE", "2023-07-07T15:00:00+08:00", List.of("OTHER")));

        String answer = given().queryParam("agency", "contract-a", "contract-b")
                .when().get("/api/v1/statistics/2023")
                .then().statusCode(Status.OK.getStatusCode()).extract().asString();
        Contract.assertAnswers("disclosure-statistics-2023", answer);
    }

    private static Map<String, Object> item(String agency, String index, String category, String publishedAt, List<String> channels) {
        Map<String, Object> item = TestData.item(agency, index);
        item.put("category", category);
        item.put("publishedAt", publishedAt);
        item.put("channels", channels);
        return item;
    }

    private static Map<String, Object> act(String agency, String index, String category, String issuedOn, String repealedOn,
                                           String publishedAt, List<String> channels) {
        Map<String, Object> item = item(agency, index, category, publishedAt, channels);
        item.put("issuedOn", issuedOn);
        item.put("repealedOn", repealedOn);
        return item;
    }

    private static void put(Map<String, Object> item) {
        given().contentType(ContentType.JSON).body(item)
                .when().put("/api/v1/disclosures/" + item.get("agency") + "/" + item.get("indexNumber"))
                .then().statusCode(Status.CREATED.getStatusCode());
    }
}
