package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.platform.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.complaint;
import static cn.gov.opendata.appeals.common.TestData.lawsuit;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;

/**
 * The appeals-service's side of the statistics contract: the records below, counted by hand, answer exactly the golden
 * file contract/appeals-statistics-2023.json that the report-service's client reads too; the requests the year's cases name
 * are listed only for an agency that has such a case.
 */
@QuarkusTest
class StatisticsContractTest {

    @Test
    void theAnswerForTheContractsRecordsIsTheGoldenFile() {
        // contract-a: reconsiderations upheld, corrected, and one decided only in 2024 (pending at the end of 2023)
        create("reconsiderations", reconsideration("contract-a", "FY-1", "2023-03-01", "UPHELD", "2023-04-20"));
        Map<String, Object> corrected = reconsideration("contract-a", "FY-2", "2023-05-10", "CORRECTED", "2023-07-01");
        corrected.put("resultKind", "REVOKED");
        corrected.put("request", Map.of("agency", "contract-a", "trackingNumber", "YSQ-7"));
        create("reconsiderations", corrected);
        create("reconsiderations", reconsideration("contract-a", "FY-3", "2023-11-20", "UPHELD", "2024-01-10"));
        // a direct lawsuit upheld, and one after FY-1 withdrawn
        create("lawsuits", lawsuit("contract-a", "SS-1", "DIRECT", "2023-02-01", "UPHELD", "2023-06-01"));
        Map<String, Object> after = lawsuit("contract-a", "SS-2", "AFTER_RECONSIDERATION", "2023-05-01", "OTHER", "2023-08-01");
        after.put("resultKind", "WITHDRAWN");
        after.put("reconsideration", Map.of("agency", "contract-a", "caseNumber", "FY-1"));
        // the request a case names may be another agency's
        after.put("request", Map.of("agency", "contract-b", "trackingNumber", "YSQ-8"));
        create("lawsuits", after);
        create("complaints", complaint("contract-a", "TS-1", "2023-01-09"));
        create("complaints", complaint("contract-a", "TS-2", "2023-12-31"));
        // contract-b: one complaint of 2023; a reconsideration of 2022 and a complaint of 2024 count in other years
        create("complaints", complaint("contract-b", "TS-1", "2023-06-30"));
        create("complaints", complaint("contract-b", "TS-2", "2024-01-01"));
        Map<String, Object> earlier = reconsideration("contract-b", "FY-9", "2022-12-30", "UPHELD", "2023-02-01");
        earlier.put("request", Map.of("agency", "contract-b", "trackingNumber", "YSQ-1"));
        create("reconsiderations", earlier);

        String answer = given().queryParam("agency", "contract-a", "contract-b")
                .when().get("/api/v1/statistics/2023")
                .then().statusCode(Status.OK.getStatusCode()).extract().asString();
        Contract.assertAnswers("appeals-statistics-2023", answer);
    }

    private static void create(String collection, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/" + collection)
                .then().statusCode(Status.CREATED.getStatusCode());
    }
}
