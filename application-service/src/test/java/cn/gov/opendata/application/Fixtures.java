package cn.gov.opendata.application;

import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data through the public API; every test uses its own agency code. */
public final class Fixtures {

    public static final String NDJSON = "application/x-ndjson";

    private Fixtures() {
    }

    public static String agency() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    public static String registration(String agency, String tracking, String channel, boolean registeredPost,
                                      String applicantType, String arrivedAt, String subject) {
        return """
                {"agency":"%s","trackingNumber":"%s","channel":"%s","registeredPost":%s,"applicantType":"%s",
                 "applicant":{"name":"张三","idType":"RESIDENT_ID","idNumber":"410100199001011231","phone":"13800000000","address":"周口市川汇区"},
                 "subject":"%s","arrivedAt":"%s"}"""
                .formatted(agency, tracking, channel, registeredPost, applicantType, subject, arrivedAt);
    }

    /** Registers an in-person request (received on the day of arrival) and returns its id. */
    public static long inPerson(String agency, String tracking, String arrivedOn) {
        return register(registration(agency, tracking, "IN_PERSON", false, "NATURAL_PERSON", arrivedOn + "T10:00:00+08:00", "2018年财政预算"));
    }

    public static long register(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode())
                .extract().jsonPath().getLong("id");
    }

    public static io.restassured.response.ValidatableResponse act(long id, String action, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests/" + id + "/" + action)
                .then();
    }

    public static String importLine(String agency, String tracking, String channel, String applicantType,
                                    String receivedOn, String outcome, String concludedOn) {
        return """
                {"agency":"%s","trackingNumber":"%s","channel":"%s","registeredPost":null,"applicantType":"%s","subject":"历史申请 %s","receivedOn":"%s","extended":false,"dueOn":null,"outcome":%s,"concludedOn":%s,"feeChargedYuan":"0.00"}"""
                .formatted(agency, tracking, channel, applicantType, tracking, receivedOn,
                        outcome == null ? "null" : "\"" + outcome + "\"", concludedOn == null ? "null" : "\"" + concludedOn + "\"");
    }

    public static io.restassured.response.ValidatableResponse importBatch(String ndjson) {
        return given().contentType(NDJSON).body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/requests/import")
                .then();
    }
}
