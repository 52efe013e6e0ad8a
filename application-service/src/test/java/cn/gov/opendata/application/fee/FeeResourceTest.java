package cn.gov.opendata.application.fee;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FeeResourceTest {

    @Test
    void perVolumeQuote() {
        given().queryParam("method", "PER_VOLUME").queryParam("pages", 150)
                .when().get("/api/v1/fees/quote")
                .then().statusCode(Status.OK.getStatusCode())
                .body("amountYuan", equalTo("1700.00"))
                .body("bands[1].unitYuan", equalTo("20.00"));
    }

    @Test
    void perRequestQuote() {
        given().queryParam("method", "PER_REQUEST").queryParam("countInMonth", 31)
                .when().get("/api/v1/fees/quote")
                .then().statusCode(Status.OK.getStatusCode())
                .body("amountYuan", equalTo("200.00"));
    }

    @Test
    void missingPagesIsNamed() {
        given().queryParam("method", "PER_VOLUME")
                .when().get("/api/v1/fees/quote")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("pages"));
    }

    @Test
    void unknownMethodIsNamed() {
        given().queryParam("method", "PER_KILO").queryParam("pages", 3)
                .when().get("/api/v1/fees/quote")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("method"));
    }

    @Test
    void perRequestQuoteCountsTheApplicantsRequestsInTheMonth() {
        String agency = Fixtures.agency();
        long last = 0;
        for (int i = 1; i <= 11; i++) {
            last = Fixtures.inPerson(agency, "F-" + i, i <= 5 ? "2021-03-0" + (i + 1) : "2021-03-" + (10 + i));
        }
        Fixtures.inPerson(agency, "F-april", "2021-04-02");
        given().queryParam("method", "PER_REQUEST")
                .when().get("/api/v1/requests/" + last + "/fee-quote")
                .then().statusCode(Status.OK.getStatusCode())
                .body("countInMonth", equalTo(11))
                .body("month", equalTo("2021-03"))
                .body("amountYuan", equalTo("100.00"));
    }
}
