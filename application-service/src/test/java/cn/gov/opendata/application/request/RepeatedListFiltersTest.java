package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A report row fed by two outcome codes (予以公开 = ALREADY_PUBLIC + DISCLOSED) and a scope of several agencies link to
 * one list: repeated {@code outcome} and {@code agency} values are alternatives, so the list holds what the cell counts.
 */
@QuarkusTest
class RepeatedListFiltersTest {

    @Test
    void repeatedOutcomesAndAgenciesAreAlternatives() {
        String a = Fixtures.agency();
        String b = Fixtures.agency();
        String c = Fixtures.agency();
        Fixtures.importBatch(String.join("\n",
                Fixtures.importLine(a, "A-1", "ONLINE", "NATURAL_PERSON", "2019-03-01", "ALREADY_PUBLIC", "2019-03-05"),
                Fixtures.importLine(a, "A-2", "ONLINE", "NATURAL_PERSON", "2019-03-01", "DISCLOSED", "2019-03-06"),
                Fixtures.importLine(a, "A-3", "ONLINE", "NATURAL_PERSON", "2019-03-01", "NOT_HELD", "2019-03-06"),
                Fixtures.importLine(b, "B-1", "LETTER", "COMMERCIAL", "2019-04-01", "DISCLOSED", "2019-04-09"),
                Fixtures.importLine(c, "C-1", "LETTER", "COMMERCIAL", "2019-04-01", "DISCLOSED", "2019-04-09")) + "\n")
                .statusCode(Status.OK.getStatusCode());

        given().queryParam("agency", a).queryParam("concludedYear", 2019).queryParam("outcome", "ALREADY_PUBLIC", "DISCLOSED")
                .when().get("/api/v1/requests").then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(2));
        given().queryParam("agency", a, b).queryParam("concludedYear", 2019).queryParam("outcome", "ALREADY_PUBLIC", "DISCLOSED")
                .when().get("/api/v1/requests").then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(3));
        given().queryParam("agency", a, b, c).queryParam("concludedYear", 2019)
                .when().get("/api/v1/requests").then().body("total", equalTo(5));
        given().queryParam("agency", a).queryParam("outcome", "DISCLOSED", "NO_SUCH_OUTCOME")
                .when().get("/api/v1/requests").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("outcome"));
        given().queryParam("agency", a, "Not An Agency")
                .when().get("/api/v1/requests").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("agency"));
    }
}
