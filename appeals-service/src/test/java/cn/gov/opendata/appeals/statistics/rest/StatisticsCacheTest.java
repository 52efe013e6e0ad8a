package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.common.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The cached statistics answer is never served after a committed change to the cases behind it, through this
 * instance or straight into the database (as from another replica); an unchanged answer is 304 for its ETag.
 */
@QuarkusTest
class StatisticsCacheTest {

    @Inject
    DataSource dataSource;

    private static ExtractableResponse<Response> statistics(String agency, String ifNoneMatch) {
        var request = given().queryParam("agency", agency);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/api/v1/statistics/2018").then().extract();
    }

    @Test
    void everyCommittedChangeIsSeenAndAnUnchangedAnswerIsNotSentAgain() throws Exception {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(TestData.complaint(agency, "C-1", "2018-03-01"))
                .when().post("/api/v1/complaints").then().statusCode(201);
        ExtractableResponse<Response> first = statistics(agency, null);
        assertEquals(200, first.statusCode());
        assertEquals(1, first.jsonPath().getInt("agencies.'" + agency + "'.complaints"));
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(304, statistics(agency, etag).statusCode());

        given().contentType(ContentType.JSON).body(TestData.complaint(agency, "C-2", "2018-04-01"))
                .when().post("/api/v1/complaints").then().statusCode(201);
        ExtractableResponse<Response> afterWrite = statistics(agency, etag);
        assertEquals(200, afterWrite.statusCode(), "a write is seen at once");
        assertEquals(2, afterWrite.jsonPath().getInt("agencies.'" + agency + "'.complaints"));
        assertNotEquals(etag, afterWrite.header("ETag"));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM complaint WHERE agency = ? AND reference_number = 'C-2'")) {
            delete.setString(1, agency);
            assertEquals(1, delete.executeUpdate());
        }
        ExtractableResponse<Response> afterSql = statistics(agency, afterWrite.header("ETag"));
        assertEquals(200, afterSql.statusCode(), "a change written by another instance is seen at once");
        assertEquals(1, afterSql.jsonPath().getInt("agencies.'" + agency + "'.complaints"));
    }

    @Test
    void aFailedPreconditionAndABlankYearAreProblemsNamingWhatIsWrong() {
        String etag = statistics(TestData.agency(), null).header("ETag");
        given().header("If-Match", "\"garbage\"").when().get("/api/v1/statistics/2018")
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("If-Match"));
        given().header("If-Match", etag).queryParam("agency", TestData.agency()).when().get("/api/v1/statistics/2018")
                .then().statusCode(412);
        given().when().get("/api/v1/statistics/%20").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().when().get("/api/v1/statistics/\uFF12\uFF10\uFF11\uFF18").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
    }
}
