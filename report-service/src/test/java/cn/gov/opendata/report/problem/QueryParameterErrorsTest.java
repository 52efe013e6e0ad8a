package cn.gov.opendata.report.problem;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A query parameter typed as an enum or an integer that does not convert is the client's 400 naming it, not a 404. */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class QueryParameterErrorsTest {

    @Test
    void unknownEnumValueNamesTheParameterAndItsValues() {
        given().when().get("/api/v1/agencies?kind=CITY")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("kind"))
                .body("detail", containsString("GOVERNMENT"))
                .body("detail", not(containsString("/api/v1")));
    }

    @Test
    void notAnIntegerNamesTheParameter() {
        given().when().get("/api/v1/published?page=first")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("page"))
                .body("detail", containsString("integer"));
    }

    @Test
    void absentTypedParametersKeepTheirDefaults() {
        given().when().get("/api/v1/agencies?kind=GOVERNMENT")
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().none().when().get("/api/v1/published")
                .then().statusCode(Status.OK.getStatusCode());
    }
}
