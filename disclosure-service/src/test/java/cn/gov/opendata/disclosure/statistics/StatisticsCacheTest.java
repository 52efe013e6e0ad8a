package cn.gov.opendata.disclosure.statistics;

import cn.gov.opendata.disclosure.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The cached statistics answer is never served after a committed change to the figures behind it, through this
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
        given().contentType(ContentType.JSON).body(TestData.item(agency, "C-1"))
                .when().put("/api/v1/disclosures/{agency}/{index}", agency, "C-1").then().statusCode(201);
        ExtractableResponse<Response> first = statistics(agency, null);
        assertEquals(200, first.statusCode());
        assertEquals(1, first.jsonPath().getInt("agencies.'" + agency + "'.items"));
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(304, statistics(agency, etag).statusCode());

        given().contentType(ContentType.JSON).body(TestData.item(agency, "C-2"))
                .when().put("/api/v1/disclosures/{agency}/{index}", agency, "C-2").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("value", "7"))
                .when().put("/api/v1/tallies/{agency}/2018/PENALTY_DECISIONS", agency).then().statusCode(201);
        ExtractableResponse<Response> afterWrites = statistics(agency, etag);
        assertEquals(200, afterWrites.statusCode(), "writes are seen at once");
        assertEquals(2, afterWrites.jsonPath().getInt("agencies.'" + agency + "'.items"));
        assertEquals(7, afterWrites.jsonPath().getInt("agencies.'" + agency + "'.tallies.PENALTY_DECISIONS"));
        assertNotEquals(etag, afterWrites.header("ETag"));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE tally SET value = 9 WHERE agency = ? AND kind = 'PENALTY_DECISIONS'")) {
            update.setString(1, agency);
            assertEquals(1, update.executeUpdate());
        }
        ExtractableResponse<Response> afterSql = statistics(agency, afterWrites.header("ETag"));
        assertEquals(200, afterSql.statusCode(), "a change written by another instance is seen at once");
        assertEquals(9, afterSql.jsonPath().getInt("agencies.'" + agency + "'.tallies.PENALTY_DECISIONS"));
    }
}
