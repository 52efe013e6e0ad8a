package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DisclosureImportTest {

    private static final String IMPORT = "/api/v1/disclosures/import";
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    ObjectMapper mapper;

    String ndjson(List<Map<String, Object>> items) throws JsonProcessingException {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> item : items) {
            body.append(mapper.writeValueAsString(item)).append('\n');
        }
        return body.toString();
    }

    byte[] bytes(List<Map<String, Object>> items) throws JsonProcessingException {
        return ndjson(items).getBytes(StandardCharsets.UTF_8);
    }

    List<Map<String, Object>> batch(String agency, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> item = TestData.item(agency, agency + "/2018-" + i);
            item.put("channels", i % 2 == 0 ? List.of("WEBSITE", "WECHAT") : List.of("GAZETTE"));
            items.add(item);
        }
        return items;
    }

    @Test
    void importCreatesEveryItemAndCountsThem() throws Exception {
        String agency = TestData.agency();
        given().contentType(NDJSON).body(bytes(batch(agency, 5))).when().post(IMPORT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(5)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        given().queryParam("agency", agency).when().get("/api/v1/disclosures")
                .then().body("total", equalTo(5));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("agencies." + agency + ".items", equalTo(5))
                .body("agencies." + agency + ".channels.WEBSITE", equalTo(2))
                .body("agencies." + agency + ".channels.WECHAT", equalTo(2))
                .body("agencies." + agency + ".channels.GAZETTE", equalTo(3))
                .body("agencies." + agency + ".categories.NOTICE", equalTo(5));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAndNothingIsImported() throws Exception {
        String agency = TestData.agency();
        byte[] body = bytes(batch(agency, 2));
        // the first character of the second line that is not ASCII (its title is Chinese) loses its lead byte
        int at = ndjson(batch(agency, 1)).getBytes(StandardCharsets.UTF_8).length;
        while (body[at] >= 0) {
            at++;
        }
        body[at] = (byte) 0xff;
        given().contentType(NDJSON).body(body).when().post(IMPORT)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("body")).body("detail", containsString("UTF-8"));
        given().queryParam("agency", agency).when().get("/api/v1/disclosures").then().body("total", equalTo(0));
    }

    @Test
    void reimportingTheSameBatchChangesNothing() throws Exception {
        String agency = TestData.agency();
        String body = ndjson(batch(agency, 4));
        given().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).when().post(IMPORT).then().statusCode(Status.OK.getStatusCode());
        given().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).when().post(IMPORT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4));
        given().when().get("/api/v1/disclosures/" + agency + "/" + agency + "/2018-1")
                .then().body("version", equalTo(0));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().body("agencies." + agency + ".items", equalTo(4));
    }

    @Test
    void importUpdatesChangedItemsAndMovesTheirFigures() throws Exception {
        String agency = TestData.agency();
        List<Map<String, Object>> items = batch(agency, 3);
        given().contentType(NDJSON).body(bytes(items)).when().post(IMPORT).then().statusCode(Status.OK.getStatusCode());
        items.get(0).put("publishedAt", "2019-02-01T10:00:00+08:00");
        items.get(1).put("category", "FINANCE");
        items.add(TestData.item(agency, "NEW-1"));
        given().contentType(NDJSON).body(bytes(items)).when().post(IMPORT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(1)).body("updated", equalTo(2)).body("unchanged", equalTo(1));
        given().when().get("/api/v1/disclosures/" + agency + "/" + agency + "/2018-1")
                .then().body("version", equalTo(1));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().body("agencies." + agency + ".items", equalTo(3))
                .body("agencies." + agency + ".categories.NOTICE", equalTo(2))
                .body("agencies." + agency + ".categories.FINANCE", equalTo(1));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2019")
                .then().body("agencies." + agency + ".items", equalTo(1))
                .body("agencies." + agency + ".channels.GAZETTE", equalTo(1));
    }

    @Test
    void oneBadLineRejectsTheWholeBatchAndEveryBadLineIsReported() throws Exception {
        String agency = TestData.agency();
        List<Map<String, Object>> items = batch(agency, 6);
        items.get(1).put("title", "");
        items.get(3).put("category", "REGULATION");
        items.get(4).put("agency", "NOT VALID");
        String body = ndjson(items) + "{\"agency\": oops\n" + mapper.writeValueAsString(Map.of("agency", agency, "colour", "red")) + "\n";
        given().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).when().post(IMPORT)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("5 of 8 lines are invalid"))
                .body("violations.field", contains("line 2: title", "line 4: issuedOn", "line 5: agency",
                        "line 7: body", "line 8: colour"));
        given().queryParam("agency", agency).when().get("/api/v1/disclosures")
                .then().body("total", equalTo(0));
    }

    @Test
    void theSameKeyTwiceInABatchIsReported() throws Exception {
        String agency = TestData.agency();
        List<Map<String, Object>> items = batch(agency, 3);
        items.add(TestData.item(agency, agency + "/2018-2"));
        given().contentType(NDJSON).body(bytes(items)).when().post(IMPORT)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("line 4: indexNumber"))
                .body("violations[0].message", containsString("line 2"));
        given().queryParam("agency", agency).when().get("/api/v1/disclosures")
                .then().body("total", equalTo(0));
    }

    @Test
    void blankLinesAreSkippedAndAnEmptyBatchDoesNothing() throws Exception {
        String agency = TestData.agency();
        given().contentType(NDJSON).body("\n\n".getBytes(StandardCharsets.UTF_8)).when().post(IMPORT)
                .then().statusCode(Status.OK.getStatusCode()).body("created", equalTo(0));
        given().contentType(NDJSON).body(("\n" + ndjson(batch(agency, 1)) + "\r\n").getBytes(StandardCharsets.UTF_8)).when().post(IMPORT)
                .then().statusCode(Status.OK.getStatusCode()).body("created", equalTo(1));
    }

    @Test
    void importedActsCountInTheirIssueAndRepealYears() throws Exception {
        String agency = TestData.agency();
        List<Map<String, Object>> items = List.of(
                TestData.act(agency, "R-1", "REGULATION", "2017-06-01", "2018-03-01"),
                TestData.act(agency, "N-1", "NORMATIVE_DOCUMENT", "2018-02-01", null));
        given().contentType(NDJSON).body(bytes(items)).when().post(IMPORT).then().statusCode(Status.OK.getStatusCode());
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().body("agencies." + agency + ".normativeActs.REGULATION.issued", equalTo(0))
                .body("agencies." + agency + ".normativeActs.REGULATION.repealed", equalTo(1))
                .body("agencies." + agency + ".normativeActs.REGULATION.inForce", equalTo(0))
                .body("agencies." + agency + ".normativeActs.NORMATIVE_DOCUMENT.issued", equalTo(1))
                .body("agencies." + agency + ".normativeActs.NORMATIVE_DOCUMENT.inForce", equalTo(1));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2017")
                .then().body("agencies." + agency + ".items", equalTo(0))
                .body("agencies." + agency + ".normativeActs.REGULATION.issued", equalTo(1))
                .body("agencies." + agency + ".normativeActs.REGULATION.inForce", equalTo(1));
    }
}
