package cn.gov.opendata.application.calendar;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void bundledYearIsLoadedAtStart() {
        given().when().get("/api/v1/calendar/2018")
                .then().statusCode(Status.OK.getStatusCode())
                .body("holidays", hasSize(25))
                .body("makeUpWorkdays", contains("2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30", "2018-12-29"))
                .body("holidays", hasItems("2018-10-01", "2018-12-31"));
    }

    @Test
    void yearWithoutDataIsNotFound() {
        given().when().get("/api/v1/calendar/2040")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void putCreatesThenReplacesAYear() {
        long version = given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2031-01-01\"],\"makeUpWorkdays\":[\"2031-01-04\"]}")
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("holidays", contains("2031-01-01"))
                .extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2031-01-01\",\"2031-01-02\"],\"makeUpWorkdays\":[],\"version\":" + version + "}")
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(Status.OK.getStatusCode())
                .body("holidays", contains("2031-01-01", "2031-01-02"))
                .body("makeUpWorkdays", hasSize(0))
                .body("source", equalTo("API"));
    }

    @Test
    void editedCalendarMovesDueDates() {
        // 2027 has no official notice yet: entering one replaces the estimate, and due dates follow
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2027-01-01\",\"2027-01-04\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2027")
                .then().statusCode(Status.CREATED.getStatusCode());
        // received Fri 2026-12-04: 19 working days to Thu 2026-12-31, then Fri 1 and Mon 4 January are holidays
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "CAL-1", "2026-12-04");
        given().queryParam("asOf", "2026-12-04")
                .when().get("/api/v1/requests/" + id + "/deadline")
                .then().statusCode(Status.OK.getStatusCode())
                .body("dueOn", equalTo("2027-01-05"));
    }

    @Test
    void weekdayMakeUpDayAndForeignYearAreRejected() {
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2033-01-01\",\"2034-01-01\"],\"makeUpWorkdays\":[\"2033-01-05\"]}")
                .when().put("/api/v1/calendar/2033")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItems("holidays[1]", "makeUpWorkdays[0]"));
        given().when().get("/api/v1/calendar/2033").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void staleVersionIsAConflict() {
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2035")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[],\"makeUpWorkdays\":[],\"version\":99}")
                .when().put("/api/v1/calendar/2035")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .body("detail", containsString("version"));
    }

    @Test
    void missingListIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[]}")
                .when().put("/api/v1/calendar/2036")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("makeUpWorkdays"));
    }

    @Test
    void replacingAYearOnRecordNeedsItsVersionAndAuditsTheChangedDaysAndTheNotice() {
        long version = given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2037-01-01\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2037")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2037-01-02\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2037")
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[\"2037-01-02\"],\"makeUpWorkdays\":[],\"source\":\"国办发明电〔2036〕9号\",\"version\":" + version + "}")
                .when().put("/api/v1/calendar/2037")
                .then().statusCode(Status.OK.getStatusCode()).body("source", equalTo("国办发明电〔2036〕9号"));
        given().when().get("/api/v1/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.detail", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                        containsString("国办发明电〔2036〕9号"), containsString("added [2037-01-02]"), containsString("removed [2037-01-01]"))));
    }

    @Test
    void aRetryOfWhatIsStoredChangesNothingWithoutAVersion() {
        String body = "{\"holidays\":[\"2042-01-01\"],\"makeUpWorkdays\":[\"2042-01-04\"]}";
        long version = given().contentType(ContentType.JSON).body(body).when().put("/api/v1/calendar/2042")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/calendar/2042")
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo((int) version));
        // other days without a version are still refused: the editor must have read the year first
        given().contentType(ContentType.JSON).body("{\"holidays\":[\"2042-01-02\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/2042").then().statusCode(428);
    }

    @Test
    void sourceMustBeANoticeNumber() {
        given().contentType(ContentType.JSON)
                .body("{\"holidays\":[],\"makeUpWorkdays\":[],\"source\":\"<script>\"}")
                .when().put("/api/v1/calendar/2038")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
    }
}
