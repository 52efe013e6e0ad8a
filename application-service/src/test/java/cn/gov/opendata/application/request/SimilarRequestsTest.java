package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SimilarRequestsTest {

    @Test
    void requestsForTheSameInformationAreGroupedWithoutPersonalData() {
        String agency = Fixtures.agency();
        Fixtures.register(Fixtures.registration(agency, "S-1", "IN_PERSON", false, "NATURAL_PERSON", "2018-03-01T09:00:00+08:00", "2018年 财政预算。"));
        Fixtures.register(Fixtures.registration(agency, "S-2", "IN_PERSON", false, "COMMERCIAL", "2018-03-02T09:00:00+08:00", "２０１８年财政预算"));
        // the registration's own answer counts the others as the read does (it is written and counted in one statement)
        long third = given().contentType(ContentType.JSON)
                .body(Fixtures.registration(agency, "S-3", "IN_PERSON", false, "NATURAL_PERSON", "2018-03-05T09:00:00+08:00", "2018年财政预算"))
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode()).body("similarRequests", equalTo(2))
                .extract().jsonPath().getLong("id");
        Fixtures.register(Fixtures.registration(agency, "S-4", "IN_PERSON", false, "NATURAL_PERSON", "2018-03-05T09:00:00+08:00", "征地补偿标准"));
        given().queryParam("agency", agency)
                .when().get("/api/v1/requests/similar")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(1))
                .body("items[0].count", equalTo(3))
                .body("items[0].subjectKey", equalTo("2018年财政预算"))
                .body("items[0].firstReceivedOn", equalTo("2018-03-01"))
                .body("items[0].requestIds", hasItem((int) third))
                .body(not(containsString("张三")));
        given().when().get("/api/v1/requests/" + third)
                .then().body("similarRequests", equalTo(2));
    }

    @Test
    void subjectNarrowsToItsGroup() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "G-1", "2018-03-01");
        given().queryParam("agency", agency).queryParam("subject", "2018年财政预算").queryParam("minCount", 1)
                .when().get("/api/v1/requests/similar")
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(1));
    }

    @Test
    void agencyIsRequired() {
        given().when().get("/api/v1/requests/similar")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("agency"));
    }
}
