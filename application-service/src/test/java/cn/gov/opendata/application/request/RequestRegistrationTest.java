package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class RequestRegistrationTest {

    @Test
    void inPersonRequestIsReceivedOnTheDayOfArrivalInChinaTime() {
        String agency = Fixtures.agency();
        // 17:30 UTC on 3 Jan is 01:30 on 4 Jan in Shanghai
        String body = Fixtures.registration(agency, "2018-0001", "IN_PERSON", false, "NATURAL_PERSON", "2018-01-03T17:30:00Z", "预算");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", containsString("/api/v1/requests/"))
                .body("receivedOn", equalTo("2018-01-04"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("dueOn", equalTo("2018-01-25"))
                .body("applicant.name", equalTo("张*"));
    }

    @Test
    void registeredLetterIsReceivedOnArrival() {
        String body = Fixtures.registration(Fixtures.agency(), "L-1", "LETTER", true, "COMMERCIAL", "2018-09-28T09:00:00+08:00", "规划");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("receivedOn", equalTo("2018-09-28"))
                .body("dueOn", equalTo("2018-10-24"));
    }

    @Test
    void onlineRequestAwaitsConfirmation() {
        String body = Fixtures.registration(Fixtures.agency(), "N-1", "ONLINE", false, "NATURAL_PERSON", "2018-09-28T09:00:00+08:00", "规划");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("receivedOn", nullValue())
                .body("dueOn", nullValue());
    }

    @Test
    void identicalRetryAnswersTheExistingRequest() {
        String body = Fixtures.registration(Fixtures.agency(), "R-1", "FAX", false, "OTHER", "2018-03-01T09:00:00+08:00", "名单");
        long id = Fixtures.register(body);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.OK.getStatusCode())
                .body("id", equalTo((int) id));
    }

    @Test
    void sameTrackingNumberWithOtherContentIsAConflict() {
        String agency = Fixtures.agency();
        Fixtures.register(Fixtures.registration(agency, "C-1", "FAX", false, "OTHER", "2018-03-01T09:00:00+08:00", "名单"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.registration(agency, "C-1", "FAX", false, "OTHER", "2018-03-01T09:00:00+08:00", "另一件事"))
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void registeredPostIsOnlyForLetters() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.registration(Fixtures.agency(), "P-1", "ONLINE", true, "OTHER", "2018-03-01T09:00:00+08:00", "名单"))
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("registeredPost"));
    }

    @Test
    void missingSubjectIsNamed() {
        String body = Fixtures.registration(Fixtures.agency(), "V-1", "ONLINE", false, "OTHER", "2018-03-01T09:00:00+08:00", " ");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("subject"));
    }

    @Test
    void badAgencyCodeIsNamed() {
        String body = Fixtures.registration("Bad Agency", "V-2", "ONLINE", false, "OTHER", "2018-03-01T09:00:00+08:00", "x");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void unknownFieldIsRejected() {
        String body = Fixtures.registration(Fixtures.agency(), "V-3", "ONLINE", false, "OTHER", "2018-03-01T09:00:00+08:00", "x")
                .replace("\"subject\"", "\"colour\":\"red\",\"subject\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("colour"));
    }

    @Test
    void wrongEnumValueIsRejected() {
        String body = Fixtures.registration(Fixtures.agency(), "V-4", "PIGEON", false, "OTHER", "2018-03-01T09:00:00+08:00", "x");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("channel"));
    }

    @Test
    void malformedJsonIsRejected() {
        given().contentType(ContentType.JSON).body("{\"agency\":")
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(Status.BAD_REQUEST.getStatusCode()));
    }

    @Test
    void requestIsFoundByNaturalKey() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "周政公开-7", "2018-05-02");
        given().when().get("/api/v1/requests/by-key/" + agency + "/周政公开-7")
                .then().statusCode(Status.OK.getStatusCode())
                .body("id", equalTo((int) id));
    }

    @Test
    void unknownRequestIsNotFound() {
        given().when().get("/api/v1/requests/999999999")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void listItemsCarryNoPersonalData() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-05-02");
        given().queryParam("agency", agency)
                .when().get("/api/v1/requests")
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1))
                .body("items[0].trackingNumber", equalTo("A-1"))
                .body("items[0].status", equalTo("IN_PROGRESS"))
                .body("items[0].dueOn", notNullValue())
                .body("items[0]", not(hasKey("applicant")))
                .body(not(containsString("410100199001011234")))
                .body(not(containsString("张三")));
    }

    @Test
    void eventsCarryNoPersonalData() {
        long id = Fixtures.inPerson(Fixtures.agency(), "E-1", "2018-05-02");
        given().when().get("/api/v1/requests/" + id + "/events")
                .then().statusCode(Status.OK.getStatusCode())
                .body("[0].type", equalTo("REGISTERED"))
                .body("[0].receivedOn", equalTo("2018-05-02"))
                .body(not(containsString("410100199001011234")))
                .body(not(containsString("张三")));
    }

    @Test
    void pageSizeOver500IsRejected() {
        given().queryParam("size", 501)
                .when().get("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("size"));
    }

    @Test
    void unknownOutcomeFilterIsRejected() {
        given().queryParam("outcome", "MAYBE")
                .when().get("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("outcome"));
    }
}
