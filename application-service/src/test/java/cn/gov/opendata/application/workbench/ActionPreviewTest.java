package cn.gov.opendata.application.workbench;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ActionPreviewTest {

    private static io.restassured.response.ValidatableResponse preview(long id, String action, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/requests/" + id + "/preview/" + action).then();
    }

    @Test
    void anExtensionPreviewShowsTheNewDueDateAndSavesNothing() {
        long id = Fixtures.inPerson(Fixtures.agency(), "P-1", "2024-03-04");
        String saved = given().when().get("/api/v1/requests/" + id).then().extract().path("dueOn");
        String extended = preview(id, "extension", "{\"actor\":\"王科员\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-03-20\"}")
                .statusCode(Status.OK.getStatusCode())
                .body("before.dueOn", equalTo(saved))
                .body("after.extended", equalTo(true))
                .body("after.dueOn", not(equalTo(saved)))
                .extract().path("after.dueOn");
        given().when().get("/api/v1/requests/" + id).then().body("dueOn", equalTo(saved)).body("extended", equalTo(false));
        given().when().get("/api/v1/requests/" + id + "/events").then().body("type", contains("REGISTERED"));
        Fixtures.act(id, "extension", "{\"actor\":\"王科员\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-03-20\"}")
                .statusCode(Status.OK.getStatusCode()).body("dueOn", equalTo(extended));
    }

    @Test
    void aRefusedActionPreviewsAsTheSameRefusal() {
        long id = Fixtures.inPerson(Fixtures.agency(), "P-2", "2024-03-04");
        Fixtures.act(id, "extension", "{\"actor\":\"王科员\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-03-20\"}").statusCode(Status.OK.getStatusCode());
        preview(id, "extension", "{\"actor\":\"王科员\",\"workingDays\":5,\"approvedBy\":\"李主任\",\"on\":\"2024-03-21\"}")
                .statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("one extension"));
    }

    @Test
    void badActionsAndBodiesAreProblems() {
        long id = Fixtures.inPerson(Fixtures.agency(), "P-3", "2024-03-04");
        preview(id, "explode", "{}").statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("action"));
        preview(id, "extension", "{\"actor\":\"王科员\"}").statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        preview(id, "extension", "{\"actor\":\"王科员\",\"workingDays\":\"many\",\"approvedBy\":\"李\"}").statusCode(Status.BAD_REQUEST.getStatusCode());
        preview(999_999_999L, "withdraw", "{\"actor\":\"王科员\",\"on\":\"2024-03-05\"}").statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
