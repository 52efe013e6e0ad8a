package cn.gov.opendata.disclosure.tally;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TallyResourceTest {

    static String path(String agency, int year) {
        return "/api/v1/tallies/" + agency + "/" + year;
    }

    @Test
    void putCreatesThenReplacesAValue() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "12.5")).when().put(path(agency, 2025) + "/FEES_COLLECTED_10K_YUAN")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("value", equalTo("12.50")).body("notApplicable", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("value", "1200")).when().put(path(agency, 2025) + "/LICENSING_DECISIONS")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("notApplicable", true)).when().put(path(agency, 2025) + "/COERCION_DECISIONS")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("value", nullValue()).body("notApplicable", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("value", "13")).when().put(path(agency, 2025) + "/FEES_COLLECTED_10K_YUAN")
                .then().statusCode(Status.OK.getStatusCode()).body("value", equalTo("13.00"));

        given().when().get(path(agency, 2025))
                .then().statusCode(Status.OK.getStatusCode())
                .body("agency", equalTo(agency)).body("year", equalTo(2025))
                .body("values.LICENSING_DECISIONS", equalTo("1200"))
                .body("values.FEES_COLLECTED_10K_YUAN", equalTo("13.00"))
                .body("notApplicable", contains("COERCION_DECISIONS"));
    }

    @Test
    void valueAndNotApplicableTogetherOrNeitherIsBadRequest() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "1", "notApplicable", true)).when()
                .put(path(agency, 2025) + "/PENALTY_DECISIONS")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of()).when().put(path(agency, 2025) + "/PENALTY_DECISIONS")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().when().get(path(agency, 2025)).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void countsMustBeWholeAndFeesHaveTwoDecimalsAtMost() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "3.5")).when().put(path(agency, 2025) + "/PENALTY_DECISIONS")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("value"));
        given().contentType(ContentType.JSON).body(Map.of("value", "1.005")).when().put(path(agency, 2025) + "/FEES_COLLECTED_10K_YUAN")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("value", "-1")).when().put(path(agency, 2025) + "/FEES_COLLECTED_10K_YUAN")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("value", "abc")).when().put(path(agency, 2025) + "/FEES_COLLECTED_10K_YUAN")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unknownKindIsBadRequest() {
        given().contentType(ContentType.JSON).body(Map.of("value", "1")).when().put(path(TestData.agency(), 2025) + "/BRIBES")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void deleteRemovesOneKind() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "4")).when().put(path(agency, 2025) + "/COERCION_DECISIONS")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().when().delete(path(agency, 2025) + "/COERCION_DECISIONS").then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().delete(path(agency, 2025) + "/COERCION_DECISIONS").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void sheetPutReplacesTheWholeYearIdempotently() {
        String agency = TestData.agency();
        Map<String, Object> sheet = Map.of("values", Map.of("LICENSING_DECISIONS", "1200", "FEES_COLLECTED_10K_YUAN", "12.50"),
                "notApplicable", List.of("COERCION_DECISIONS"));
        given().contentType(ContentType.JSON).body(sheet).when().put(path(agency, 2025))
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("values.LICENSING_DECISIONS", equalTo("1200"))
                .body("values.FEES_COLLECTED_10K_YUAN", equalTo("12.50"))
                .body("notApplicable", contains("COERCION_DECISIONS"));
        given().contentType(ContentType.JSON).body(sheet).when().put(path(agency, 2025))
                .then().statusCode(Status.OK.getStatusCode())
                .body("values.LICENSING_DECISIONS", equalTo("1200"));
        given().contentType(ContentType.JSON).body(Map.of("values", Map.of("PENALTY_DECISIONS", "0"))).when().put(path(agency, 2025))
                .then().statusCode(Status.OK.getStatusCode())
                .body("values.PENALTY_DECISIONS", equalTo("0"))
                .body("values.LICENSING_DECISIONS", nullValue())
                .body("notApplicable.size()", equalTo(0));
    }

    @Test
    void aSheetWithoutValuesIsRefusedAndWipesNothing() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("values", Map.of("LICENSING_DECISIONS", "7"))).when().put(path(agency, 2025))
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of()).when().put(path(agency, 2025))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("values"));
        given().contentType(ContentType.JSON).body("{\"values\":null}").when().put(path(agency, 2025))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().when().get(path(agency, 2025)).then().statusCode(Status.OK.getStatusCode()).body("values.LICENSING_DECISIONS", equalTo("7"));
        // said explicitly, an empty sheet clears the year
        given().contentType(ContentType.JSON).body(Map.of("values", Map.of())).when().put(path(agency, 2025))
                .then().statusCode(Status.OK.getStatusCode());
        given().when().get(path(agency, 2025)).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void anEmptySheetWhereNothingWasRecordedCreatesNothing() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(Map.of("values", Map.of())).when().put(path(agency, 2025))
                .then().statusCode(Status.OK.getStatusCode());
        given().when().get(path(agency, 2025)).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void sheetWithAKindBothValuedAndNotApplicableIsBadRequest() {
        Map<String, Object> sheet = Map.of("values", Map.of("LICENSING_DECISIONS", "1"), "notApplicable", List.of("LICENSING_DECISIONS"));
        given().contentType(ContentType.JSON).body(sheet).when().put(path(TestData.agency(), 2025))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void sheetWithUnknownKindIsBadRequest() {
        Map<String, Object> sheet = Map.of("values", Map.of("BRIBES", "1"));
        given().contentType(ContentType.JSON).body(sheet).when().put(path(TestData.agency(), 2025))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }
}
