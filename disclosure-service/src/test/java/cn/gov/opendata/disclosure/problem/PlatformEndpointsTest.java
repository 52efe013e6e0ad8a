package cn.gov.opendata.disclosure.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().auth().none().when().get("/q/health/ready")
                .then().statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDocumentIsServed() {
        given().auth().none().accept("application/json").when().get("/q/openapi")
                .then().statusCode(Status.OK.getStatusCode())
                .body("info.title", equalTo("disclosure-service API"));
    }

    @Test
    void swaggerUiIsServed() {
        given().auth().none().when().get("/q/swagger-ui/")
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void unknownPathIsProblemJson() {
        given().auth().none().when().get("/api/v1/no-such-thing")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void metricsAreExposed() {
        given().auth().none().when().get("/q/metrics")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("jvm_memory_used_bytes"));
    }
}
