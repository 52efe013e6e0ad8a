package cn.gov.opendata.appeals.common;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BulkImportTest {

    private static final String NDJSON = "application/x-ndjson";

    private static ValidatableResponse send(String collection, String body) {
        return given().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/" + collection + "/import")
                .then();
    }

    private static String reconsiderationLine(String agency, String caseNumber, String result, String decidedOn) {
        String decision = result == null ? "" : ",\"result\":\"" + result + "\",\"decidedOn\":\"" + decidedOn + "\"";
        return "{\"agency\":\"" + agency + "\",\"caseNumber\":\"" + caseNumber + "\",\"filedOn\":\"2018-03-01\"" + decision + "}";
    }

    @Test
    void importCreatesThenResendingChangesNothing() {
        String agency = agency();
        String batch = reconsiderationLine(agency, "R-1", "UPHELD", "2018-04-01") + "\n"
                + reconsiderationLine(agency, "R-2", null, null) + "\n";
        send("reconsiderations", batch).statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        send("reconsiderations", batch).statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        given().when().get("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().body("version", equalTo(0));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAndNothingIsImported() {
        String agency = agency();
        byte[] line = (reconsiderationLine(agency, "R-1", null, null) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = (reconsiderationLine(agency, "R-2\u00e9", null, null) + "\n").getBytes(StandardCharsets.UTF_8);
        // é is C3 A9 in UTF-8: its lead byte replaced by one no UTF-8 text holds
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == (byte) 0xc3) {
                broken[i] = (byte) 0xff;
            }
        }
        byte[] body = java.util.Arrays.copyOf(line, line.length + broken.length);
        System.arraycopy(broken, 0, body, line.length, broken.length);
        given().contentType(NDJSON).body(body).when().post("/api/v1/reconsiderations/import")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body")).body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
        given().when().get("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void importUpdatesChangedCases() {
        String agency = agency();
        send("reconsiderations", reconsiderationLine(agency, "R-1", null, null)).statusCode(Status.OK.getStatusCode());
        send("reconsiderations", reconsiderationLine(agency, "R-1", "OTHER", "2018-05-01") + "\n"
                + reconsiderationLine(agency, "R-2", null, null))
                .statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(0));
        given().when().get("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().body("result", equalTo("OTHER")).body("version", equalTo(1));
    }

    @Test
    void oneBadLineWritesNothingAndEveryBadLineIsListed() {
        String agency = agency();
        String batch = String.join("\n",
                reconsiderationLine(agency, "R-1", "UPHELD", "2018-04-01"),
                reconsiderationLine(agency, "R-2", "UPHELD", "2018-01-01"),
                "",
                "{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-4\",\"filedOn\":\"2018-03-01\",\"colour\":\"red\"}",
                "{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-5\",\"filedOn\":\"2018-03-01\",\"result\":\"WON\",\"decidedOn\":\"2018-04-01\"}",
                "{not json",
                "{\"caseNumber\":\"R-7\",\"filedOn\":\"2018-03-01\"}",
                reconsiderationLine(agency, "R-1", null, null));
        send("reconsiderations", batch)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("line 2: decidedOn", "line 4: colour", "line 5: result",
                        "line 6: body", "line 7: agency", "line 8: body"));
        given().queryParam("agency", agency).when().get("/api/v1/reconsiderations")
                .then().body("total", equalTo(0));
    }

    @Test
    void versionInAnImportLineIsIgnored() {
        String agency = agency();
        String line = "{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-1\",\"filedOn\":\"2018-03-01\",\"version\":9}";
        send("reconsiderations", line).statusCode(Status.OK.getStatusCode()).body("created", equalTo(1));
        given().when().get("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, "R-1")
                .then().body("version", equalTo(0));
    }

    @Test
    void lawsuitImportIsIdempotentWithAppeals() {
        String agency = agency();
        String line = "{\"agency\":\"" + agency + "\",\"caseNumber\":\"L-1\",\"filedOn\":\"2018-03-01\",\"route\":\"AFTER_RECONSIDERATION\","
                + "\"reconsideration\":{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-1\"},\"court\":\"川汇区人民法院\","
                + "\"result\":\"UPHELD\",\"decidedOn\":\"2018-06-01\","
                + "\"appeals\":[{\"instance\":2,\"court\":\"周口市中级人民法院\",\"decidedOn\":\"2018-10-01\",\"result\":\"UPHELD\"}]}";
        send("reconsiderations", "{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-1\",\"filedOn\":\"2018-01-15\"}")
                .statusCode(Status.OK.getStatusCode());
        send("lawsuits", line).statusCode(Status.OK.getStatusCode()).body("created", equalTo(1));
        send("lawsuits", line).statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
        given().when().get("/api/v1/lawsuits/{agency}/{caseNumber}", agency, "L-1")
                .then().body("appeals.court", contains("周口市中级人民法院")).body("version", equalTo(0));
    }

    @Test
    void lawsuitImportChecksTheRouteRule() {
        String agency = agency();
        String line = "{\"agency\":\"" + agency + "\",\"caseNumber\":\"L-1\",\"filedOn\":\"2018-03-01\",\"route\":\"DIRECT\","
                + "\"reconsideration\":{\"agency\":\"" + agency + "\",\"caseNumber\":\"R-1\"}}";
        send("lawsuits", line).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("line 1: reconsideration"));
    }

    @Test
    void complaintImportCountsAndRepeats() {
        String agency = agency();
        String batch = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> "{\"agency\":\"" + agency + "\",\"referenceNumber\":\"JB-" + i + "\",\"receivedOn\":\"2018-0" + i + "-01\",\"subject\":\"逾期未答复\"}")
                .collect(Collectors.joining("\n"));
        send("complaints", batch).statusCode(Status.OK.getStatusCode()).body("created", equalTo(3));
        send("complaints", batch).statusCode(Status.OK.getStatusCode()).body("unchanged", equalTo(3));
        given().when().get("/api/v1/statistics/2018?agency=" + agency)
                .then().body("agencies.'" + agency + "'.complaints", equalTo(3));
    }

    @Test
    void provinceSizedBatchImportsInOneGo() {
        String agency = agency();
        String batch = IntStream.rangeClosed(1, 1200)
                .mapToObj(i -> reconsiderationLine(agency, "R-" + i, i % 3 == 0 ? "UPHELD" : null, "2018-06-01"))
                .collect(Collectors.joining("\n"));
        send("reconsiderations", batch).statusCode(Status.OK.getStatusCode()).body("created", equalTo(1200));
        given().when().get("/api/v1/statistics/2018?agency=" + agency)
                .then().body("agencies.'" + agency + "'.reconsiderations.UPHELD", equalTo(400))
                .body("agencies.'" + agency + "'.reconsiderations.PENDING", equalTo(800));
    }
}
