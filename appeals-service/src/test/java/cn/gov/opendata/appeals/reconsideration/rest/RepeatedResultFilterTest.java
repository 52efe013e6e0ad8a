package cn.gov.opendata.appeals.reconsideration.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The legacy figure 其他情形 (OTHER + PENDING) and a scope of several agencies link to one list: repeats are alternatives. */
@QuarkusTest
class RepeatedResultFilterTest {

    private static void put(String agency, String caseNumber, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reconsiderations/{agency}/{caseNumber}", agency, caseNumber)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void repeatedResultsAndAgenciesAreAlternatives() {
        String a = agency();
        String b = agency();
        put(a, "R-1", reconsideration(a, "R-1", "2018-03-01", "OTHER", "2018-05-01"));
        put(a, "R-2", reconsideration(a, "R-2", "2018-03-01", null, null));
        // decided after the year end: pending as at 31 Dec 2018
        put(a, "R-3", reconsideration(a, "R-3", "2018-11-01", "UPHELD", "2019-01-10"));
        put(a, "R-4", reconsideration(a, "R-4", "2018-04-01", "UPHELD", "2018-06-01"));
        put(b, "R-5", reconsideration(b, "R-5", "2018-04-01", "OTHER", "2018-06-01"));

        given().queryParam("agency", a).queryParam("filedYear", 2018).queryParam("result", "OTHER", "PENDING")
                .when().get("/api/v1/reconsiderations").then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(3));
        given().queryParam("agency", a, b).queryParam("filedYear", 2018).queryParam("result", "OTHER", "PENDING")
                .when().get("/api/v1/reconsiderations").then().body("total", equalTo(4));
        given().queryParam("agency", a, b).queryParam("filedYear", 2018).queryParam("result", "UPHELD")
                .when().get("/api/v1/reconsiderations").then().body("total", equalTo(1));
        given().queryParam("agency", a, b).queryParam("filedYear", 2018)
                .when().get("/api/v1/reconsiderations").then().body("total", equalTo(5));
    }
}
