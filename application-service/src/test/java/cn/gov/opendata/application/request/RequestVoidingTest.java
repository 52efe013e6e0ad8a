package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Voiding a registration made by mistake (issue 19), through the API over PostgreSQL. */
@QuarkusTest
class RequestVoidingTest {

    static final int OK = Status.OK.getStatusCode();
    static final int CONFLICT = Status.CONFLICT.getStatusCode();
    static final String VOID = "{\"actor\":\"王科员\",\"reason\":\"重复录入，与 A-1 为同一申请\",\"on\":\"2018-03-05\"}";

    private static Map<String, Object> receivedIn2018(String agency) {
        return given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(OK).extract().jsonPath().getMap("agencies.'" + agency + "'.received.byChannel");
    }

    @Test
    void aVoidedRequestDisappearsFromTableThreeCountsAndLists() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        long duplicate = Fixtures.inPerson(agency, "A-2", "2018-03-01");
        assertInPerson(agency, 2);

        Fixtures.act(duplicate, "void", VOID).statusCode(OK)
                .body("voided.on", equalTo("2018-03-05"))
                .body("voided.by", equalTo("王科员"))
                .body("voided.reason", containsString("重复录入"));

        assertInPerson(agency, 1);
        given().queryParam("agency", agency).queryParam("receivedYear", 2018).when().get("/api/v1/requests")
                .then().statusCode(OK).body("items.trackingNumber", equalTo(List.of("A-1")));
        // kept, never deleted: still readable by id
        given().when().get("/api/v1/requests/" + duplicate).then().statusCode(OK)
                .body("trackingNumber", equalTo("A-2")).body("voided.reason", containsString("重复录入"));
    }

    @Test
    void aVoidedRequestThatWasConcludedNowhereLeavesTheOpenFiguresToo() {
        String agency = Fixtures.agency();
        long only = Fixtures.inPerson(agency, "A-1", "2018-12-20");
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(OK).body("agencies.'" + agency + "'.carriedForward.byApplicant.NATURAL_PERSON", equalTo(1));
        Fixtures.act(only, "void", VOID.replace("2018-03-05", "2018-12-21")).statusCode(OK);
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(OK).body("agencies", not(hasKey(agency)));
    }

    private static void assertInPerson(String agency, int expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, ((Number) receivedIn2018(agency).get("IN_PERSON")).intValue());
    }

    @Test
    void voidingIsAuditedWithItsReason() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        Fixtures.act(id, "void", VOID).statusCode(OK);
        given().queryParam("agency", agency).when().get("/api/v1/audit")
                .then().statusCode(OK).body("items.detail", hasItem(containsString("重复录入，与 A-1 为同一申请")));
    }

    @Test
    void voidingTwiceAnswersTheSameAndAuditsOnce() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        Fixtures.act(id, "void", VOID).statusCode(OK);
        Fixtures.act(id, "void", VOID.replace("重复录入", "再次提交")).statusCode(OK)
                .body("voided.on", equalTo("2018-03-05")).body("voided.reason", containsString("重复录入"));
        List<String> details = given().queryParam("agency", agency).when().get("/api/v1/audit")
                .then().statusCode(OK).extract().jsonPath().getList("items.detail", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(1, details.stream().filter(d -> d != null && d.contains("VOIDED")).count(), details.toString());
    }

    @Test
    void aRepliedRequestCannotBeVoidedAndTheProblemSaysWhy() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"on\":\"2018-03-10\",\"outcome\":\"DISCLOSED\"}").statusCode(OK);
        Fixtures.act(id, "void", VOID.replace("2018-03-05", "2018-03-12")).statusCode(CONFLICT)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("作出答复"));
        given().when().get("/api/v1/requests/" + id).then().statusCode(OK).body("voided", nullValue());
    }

    @Test
    void aRequestWithALetterIssuedCannotBeVoided() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body("{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}")
                .when().post("/api/v1/requests/" + id + "/letters").then().statusCode(Status.CREATED.getStatusCode());
        Fixtures.act(id, "void", VOID).statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("文书"));
    }

    @Test
    void aVoidedRequestTakesNoFurtherAction() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        Fixtures.act(id, "void", VOID).statusCode(OK);
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"on\":\"2018-03-10\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(CONFLICT).body("detail", containsString("作废"));
    }

    @Test
    void aVoidNeedsAReasonAndAPastDate() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        Fixtures.act(id, "void", "{\"actor\":\"王科员\"}").statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        Fixtures.act(id, "void", "{\"actor\":\"王科员\",\"reason\":\"重复\",\"on\":\"2099-01-01\"}")
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/v1/requests/" + id).then().statusCode(OK).body("voided", nullValue());
    }

    @Test
    void anUnknownRequestIsNotFound() {
        Fixtures.act(Long.MAX_VALUE - 7, "void", VOID).statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
