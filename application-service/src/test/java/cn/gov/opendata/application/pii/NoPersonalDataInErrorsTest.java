package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A refused line or body names the field and the line, never the value of a personal field. */
@QuarkusTest
class NoPersonalDataInErrorsTest {

    @Test
    void anUnquotedNameInAnImportLineIsNotEchoed() {
        String agency = Fixtures.agency();
        String line = Fixtures.importLine(agency, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null)
                .replaceFirst("\\{", "{\"applicant\":{\"name\":欧阳修远,\"idType\":\"OTHER\"},");
        Fixtures.importBatch(line + "\n")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body(not(containsString("欧阳修远")))
                .body("violations.field", hasItem(containsString("line 1")));
    }

    @Test
    void anUnquotedPhoneInABodyIsNotEchoed() {
        String body = Fixtures.registration(Fixtures.agency(), "A-1", "IN_PERSON", false, "NATURAL_PERSON",
                "2018-03-01T10:00:00+08:00", "预算").replace("\"13800000000\"", "13800000000x");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body(not(containsString("13800000000")));
    }
}
