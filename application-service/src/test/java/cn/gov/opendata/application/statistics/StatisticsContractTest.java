package cn.gov.opendata.application.statistics;

import cn.gov.opendata.platform.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static cn.gov.opendata.application.Fixtures.importBatch;
import static io.restassured.RestAssured.given;

/**
 * The application-service's side of the statistics contract: the historical requests below, counted by hand on the
 * 2023 official calendar (holidays 04-29..05-03 and 06-22..06-24, make-up Saturdays 05-06 and Sunday 06-25; 2022-12-31
 * to 2023-01-02 off), answer exactly the golden file contract/application-statistics-2023.json that the
 * report-service's client reads too.
 */
@QuarkusTest
class StatisticsContractTest {

    @Test
    void theAnswerForTheContractsRequestsIsTheGoldenFile() {
        importBatch(String.join("\n",
                // received Wed 03-01, disclosed Wed 03-08: 5 working days, on time
                line("contract-a", "A1", "ONLINE", "NATURAL_PERSON", "2023-03-01", false, "DISCLOSED", "2023-03-08", "0.00"),
                // received Tue 04-25, not held Tue 05-09: 04-26..28, 05-04, 05-05, Sat 05-06 (make-up), 05-08, 05-09 = 8
                line("contract-a", "A2", "LETTER", "COMMERCIAL", "2023-04-25", false, "NOT_HELD", "2023-05-09", "0.00"),
                // carried over from 2022: received 12-20, partly disclosed 2023-01-10: 8 days in 2022, 6 in 2023 = 14
                line("contract-a", "A3", "IN_PERSON", "NATURAL_PERSON", "2022-12-20", false, "PARTIALLY_DISCLOSED", "2023-01-10", "0.00"),
                // still open at the end of 2023: carried forward
                line("contract-a", "A4", "ONLINE", "LEGAL_SERVICE", "2023-12-20", false, null, null, "0.00"),
                // extended: received 06-01, withheld 07-20 after 34 working days, within 20 + 20
                line("contract-a", "A5", "FAX", "NATURAL_PERSON", "2023-06-01", true, "WITHHELD_THIRD_PARTY", "2023-07-20", "0.00"),
                // received 02-01, answered 03-15 after 30 working days without an extension: late; a 200 yuan fee
                line("contract-a", "A6", "ONLINE", "NATURAL_PERSON", "2023-02-01", false, "REPEATED_REQUEST", "2023-03-15", "200.00"),
                // answered the day it was received
                line("contract-b", "B1", "IN_PERSON", "OTHER", "2023-09-01", false, "ALREADY_PUBLIC", "2023-09-01", "0.00")))
                .statusCode(Status.OK.getStatusCode());

        String answer = given().queryParam("agency", "contract-a", "contract-b")
                .when().get("/api/v1/statistics/2023")
                .then().statusCode(Status.OK.getStatusCode()).extract().asString();
        Contract.assertAnswers("application-statistics-2023", answer);
    }

    private static String line(String agency, String tracking, String channel, String applicantType, String receivedOn,
                               boolean extended, String outcome, String concludedOn, String fee) {
        return """
                {"agency":"%s","trackingNumber":"%s","channel":"%s","applicantType":"%s","subject":"合同测试 %s","receivedOn":"%s","extended":%s,"outcome":%s,"concludedOn":%s,"feeChargedYuan":"%s"}"""
                .formatted(agency, tracking, channel, applicantType, tracking, receivedOn, extended,
                        outcome == null ? "null" : "\"" + outcome + "\"", concludedOn == null ? "null" : "\"" + concludedOn + "\"", fee);
    }
}
