package cn.gov.opendata.appeals.complaint.rest;

import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.complaint;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ComplaintResourceTest {

    private static final String PATH = "/api/v1/complaints";
    private static final String KEY = PATH + "/{agency}/{referenceNumber}";

    @Test
    void complaintIsCreatedReadAndReplaced() {
        String agency = agency();
        Map<String, Object> body = complaint(agency, "JB-2018-7", "2018-06-01");
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(PATH + "/" + agency + "/JB-2018-7"))
                .body("subject", equalTo("未按期答复"))
                .body("version", equalTo(0));
        body.put("result", "已责令整改");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "JB-2018-7")
                .then().statusCode(Status.OK.getStatusCode())
                .body("result", equalTo("已责令整改"))
                .body("version", equalTo(1));
        given().when().get(KEY, agency, "JB-2018-7")
                .then().statusCode(Status.OK.getStatusCode()).body("result", equalTo("已责令整改"));
    }

    @Test
    void staleVersionConflicts() {
        String agency = agency();
        Map<String, Object> body = complaint(agency, "JB-1", "2018-06-01");
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "JB-1")
                .then().statusCode(Status.CREATED.getStatusCode());
        body.put("version", 7);
        given().contentType(ContentType.JSON).body(body).when().put(KEY, agency, "JB-1")
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void subjectIsRequired() {
        String agency = agency();
        Map<String, Object> body = complaint(agency, "JB-1", "2018-06-01");
        body.put("subject", " ");
        given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("subject"));
    }

    @Test
    void listFiltersByYearReceived() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(complaint(agency, "JB-1", "2018-12-31")).when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(complaint(agency, "JB-2", "2019-01-01")).when().post(PATH)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().queryParam("agency", agency).queryParam("year", 2018).when().get(PATH)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.referenceNumber", contains("JB-1"))
                .body("total", equalTo(1));
    }
}
